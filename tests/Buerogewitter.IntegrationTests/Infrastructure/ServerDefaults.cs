using Buerogewitter.Data.Database;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// Server-wide defaults an operator may have set that change what statements report. Only SQL Server
/// has one that matters here: 'user options' bit 512 makes SET NOCOUNT ON the default of every session,
/// and then every row count reads -1. SQLite and PostgreSQL have no such switch: nothing to change.
/// </summary>
public static class ServerDefaults
{
    private const int NoCount = 512;

    /// <summary>Turns row counts off for every new session until disposed (needs sysadmin on SQL Server).</summary>
    public static async Task<IAsyncDisposable> WithoutRowCountsAsync(Db db)
    {
        if (db.Dialect is not SqlServerDialect)
        {
            return new Restore(null, 0);
        }

        var before = await SetAsync(db, options => options | NoCount);
        return new Restore(db, before);
    }

    private static async Task<int> SetAsync(Db db, Func<int, int> change)
    {
        await using (var connection = await db.OpenAsync())
        {
            var before = await connection.ExecuteScalarAsync<int>(
                "SELECT CAST(value_in_use AS int) FROM sys.configurations WHERE name = 'user options'");
            await connection.ExecuteAsync("EXEC sp_configure 'user options', @value; RECONFIGURE;", new { value = change(before) });
            // Pooled sessions keep the options they were opened with.
            SqlConnection.ClearAllPools();
            return before;
        }
    }

    private sealed class Restore(Db? db, int options) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (db is not null)
            {
                await SetAsync(db, _ => options);
            }
        }
    }
}
