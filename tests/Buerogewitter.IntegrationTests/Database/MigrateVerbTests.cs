using Buerogewitter.Data.Database;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Buerogewitter.IntegrationTests.Database;

public sealed class MigrateVerbTests
{
    [Fact]
    public async Task A_server_database_is_changed_only_by_migrate_and_verbs_say_so_until_then()
    {
        if (Engines.PostgresConnectionString is null && !Engines.InCi)
        {
            Assert.Skip("BG_TEST_POSTGRES is not set: no postgres server to migrate");
        }

        var fresh = new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionString(Engines.Postgres))
        {
            Database = $"bg_migrate_{Guid.NewGuid():N}",
        }.ConnectionString;

        var before = await RunAsync(fresh, "org", "list");
        var migrate = await RunAsync(fresh, "migrate");
        var again = await RunAsync(fresh, "migrate");
        var after = await RunAsync(fresh, "org", "list");

        Assert.Equal(1, before.ExitCode);
        Assert.StartsWith("buerogewitter org list: postgres", before.Error, StringComparison.Ordinal);
        Assert.Contains("run 'buerogewitter migrate'", before.Error, StringComparison.Ordinal);
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("applied 20261127_01_create_schema.sql", migrate.Out, StringComparison.Ordinal);
        Assert.Contains("the database is up to date", again.Out, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task Issue16_checking_for_pending_migrations_leaves_no_connection_open()
    {
        if (Engines.PostgresConnectionString is null && !Engines.InCi)
        {
            Assert.Skip("BG_TEST_POSTGRES is not set: no postgres server to check");
        }

        // Every verb checks for pending migrations; a connection left open per check exhausted the server in CI.
        await TestDatabases.ResetAsync(Engines.Postgres);
        var probe = $"bg-probe-{Guid.NewGuid():N}";
        var tagged = new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionString(Engines.Postgres)) { ApplicationName = probe }.ConnectionString;
        var db = new Db(new PostgresDialect(), tagged);
        for (var i = 0; i < 5; i++)
        {
            Assert.Empty(Migrator.Pending(db));
        }

        NpgsqlConnection.ClearAllPools();
        await using var observer = new NpgsqlConnection(TestDatabases.ConnectionString(Engines.Postgres));
        await observer.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @probe", observer);
        count.Parameters.AddWithValue("probe", probe);
        Assert.Equal(0L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<VerbResult> RunAsync(string connectionString, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Buerogewitter"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddBuerogewitter(configuration).BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Verbs.CommandLine().RunAsync(args, () => services, output, error, TestContext.Current.CancellationToken);
        return new VerbResult(exit, output.ToString(), error.ToString());
    }
}
