using System.Collections.Concurrent;
using Buerogewitter.Data.Database;
using Respawn;
using Respawn.Graph;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// One real database per engine for the whole run: migrated once, then emptied by Respawn before
/// each test, keeping DbUp's journal and Hangfire's schema. Because tests share these databases,
/// xunit.runner.json turns off parallel test collections.
/// </summary>
public static class TestDatabases
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<(Db Db, Respawner Respawner)>>> Prepared = new();

    private static readonly string SqliteFile = Path.Combine(Path.GetTempPath(), $"bg-tests-{Environment.ProcessId}.db");

    public static string ConnectionString(string engine) => engine switch
    {
        Engines.Sqlite => $"Data Source={SqliteFile}",
        Engines.Postgres => Engines.PostgresConnectionString
            ?? throw new InvalidOperationException("BG_TEST_POSTGRES must hold a PostgreSQL connection string in CI"),
        Engines.SqlServer => Engines.SqlServerConnectionString
            ?? throw new InvalidOperationException("BG_TEST_SQLSERVER is not set"),
        _ => throw new ArgumentOutOfRangeException(nameof(engine)),
    };

    /// <summary>The engine's database, migrated and empty.</summary>
    public static async Task<Db> ResetAsync(string engine)
    {
        var (db, respawner) = await Prepared.GetOrAdd(engine, e => new(() => PrepareAsync(e))).Value;
        await using var connection = await db.OpenAsync();
        await respawner.ResetAsync(connection);
        return db;
    }

    /// <summary>The engine's database as the current test left it.</summary>
    public static async Task<Db> CurrentAsync(string engine) =>
        (await Prepared.GetOrAdd(engine, e => new(() => PrepareAsync(e))).Value).Db;

    private static async Task<(Db, Respawner)> PrepareAsync(string engine)
    {
        var db = new Db(SqlDialect.ForProvider(engine), ConnectionString(engine));
        var result = Migrator.Apply(db);
        Assert.Null(result.Error);
        await using var connection = await db.OpenAsync();
        var respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = engine switch
            {
                Engines.Sqlite => DbAdapter.Sqlite,
                Engines.Postgres => DbAdapter.Postgres,
                _ => DbAdapter.SqlServer,
            },
            TablesToIgnore = [new Table("schemaversions"), new Table("SchemaVersions")],
            SchemasToExclude = ["hangfire", "HangFire"],
        });
        return (db, respawner);
    }
}
