using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// A table renamed for the length of a using block: a real failure of every statement that needs it, on
/// every engine, without touching the code under test. Pools are cleared on both ends because a statement
/// PostgreSQL has prepared on a pooled connection keeps finding a renamed table.
/// </summary>
public sealed class TableAway : IAsyncDisposable
{
    private readonly Db db;
    private readonly string table;

    private TableAway(Db db, string table) => (this.db, this.table) = (db, table);

    private string Away => $"{table}_away";

    public static async Task<TableAway> RenameAsync(Db db, string table)
    {
        var away = new TableAway(db, table);
        await away.RenameAsync(table, away.Away);
        return away;
    }

    public async ValueTask DisposeAsync() => await RenameAsync(Away, table);

    private async Task RenameAsync(string from, string to)
    {
        await using (var connection = await db.OpenAsync())
        {
            await connection.ExecuteAsync(db.Dialect is SqlServerDialect ? $"EXEC sp_rename '{from}', '{to}'" : $"ALTER TABLE {from} RENAME TO {to}");
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        Microsoft.Data.SqlClient.SqlConnection.ClearAllPools();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
