using System.Collections.Concurrent;
using Buerogewitter.Data.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

[assembly: AssemblyFixture(typeof(Buerogewitter.IntegrationTests.Infrastructure.DemoSnapshots))]

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// The demo organisation exactly as <c>demo --seed-only</c> writes it, seeded and analysed once per engine
/// and run, then copied into the test database whenever a test needs it: seeding runs six wave analyses,
/// a copy takes a fraction of that (#18). SQLite copies with the backup API, which is safe with WAL;
/// PostgreSQL recreates the test database from a template database. The run's last step drops the copies.
/// </summary>
public sealed class DemoSnapshots : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, Lazy<Task>> Taken = new();

    private static readonly string SqliteSnapshot = Path.Combine(Path.GetTempPath(), $"bg-tests-{Environment.ProcessId}-demo.db");

    private static readonly string SnapshotConnectionString = $"Data Source={SqliteSnapshot};Pooling=False";

    /// <summary>The engine's database holding the demo organisation and nothing else.</summary>
    public static async Task<Db> RestoreAsync(string engine)
    {
        if (engine == Engines.SqlServer)
        {
            // No SQL Server runs here to try a snapshot against; its rows seed the slow way.
            await TestDatabases.ResetAsync(engine);
            await SeedAsync(engine);
            return await TestDatabases.CurrentAsync(engine);
        }

        await Taken.GetOrAdd(engine, e => new(() => TakeAsync(e))).Value;
        var db = await TestDatabases.CurrentAsync(engine);
        if (engine == Engines.Sqlite)
        {
            await CopySqliteAsync(SnapshotConnectionString, db.ConnectionString);
        }
        else
        {
            await ClonePostgresAsync(SnapshotName(db), LiveName(db));
        }

        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (Taken.ContainsKey(Engines.Postgres))
        {
            await DropPostgresAsync(SnapshotName(await TestDatabases.CurrentAsync(Engines.Postgres)));
        }

        SqliteConnection.ClearAllPools();
        File.Delete(SqliteSnapshot);
    }

    private static async Task TakeAsync(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        await SeedAsync(engine);
        if (engine == Engines.Sqlite)
        {
            File.Delete(SqliteSnapshot);
            await CopySqliteAsync(db.ConnectionString, SnapshotConnectionString);
        }
        else
        {
            await ClonePostgresAsync(LiveName(db), SnapshotName(db));
        }
    }

    private static async Task SeedAsync(string engine)
    {
        var seeded = await VerbRunner.RunAsync(engine, "demo", "--seed-only");
        Assert.True(seeded.ExitCode == 0, $"demo --seed-only failed on {engine}: {seeded.Error}");
    }

    private static async Task CopySqliteAsync(string from, string to)
    {
        // Pooled connections of the app under test would keep reading the pages the copy replaces.
        SqliteConnection.ClearAllPools();
        await using var source = new SqliteConnection(from);
        await using var target = new SqliteConnection(to);
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
    }

    private static string LiveName(Db db) => new NpgsqlConnectionStringBuilder(db.ConnectionString).Database!;

    private static string SnapshotName(Db db) => LiveName(db) + "_demo";

    private static async Task ClonePostgresAsync(string from, string to)
    {
        // CREATE DATABASE … TEMPLATE needs the template without connections; this process's idle pooled ones
        // are closed here, and FORCE ends any that an earlier test left open on the database being replaced.
        NpgsqlConnection.ClearAllPools();
        await using var admin = await MaintenanceAsync();
        await ExecuteAsync(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{from}' AND pid <> pg_backend_pid()");
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{to}\" WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{to}\" TEMPLATE \"{from}\"");
    }

    private static async Task DropPostgresAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = await MaintenanceAsync();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    // Unpooled, so no connection outlives the statement it was opened for.
    private static async Task<NpgsqlConnection> MaintenanceAsync()
    {
        var settings = new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionString(Engines.Postgres)) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
