using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Database;

public sealed partial class SchemaTests
{
    [Fact]
    public void Migration_folders_hold_the_same_file_names()
    {
        static List<string?> Names(string engine) => Directory.GetFiles(RepositoryPaths.Migrations(engine), "*.sql").Select(Path.GetFileName).Order().ToList();
        var sqlite = Names(Engines.Sqlite);
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Names(Engines.Postgres));
        Assert.Equal(sqlite, Names(Engines.SqlServer));
    }

    [Fact]
    public void Migration_names_follow_the_convention()
    {
        var files = Directory.GetFiles(RepositoryPaths.Migrations(Engines.Sqlite), "*.sql").Select(Path.GetFileName);
        Assert.All(files, f => Assert.Matches(MigrationName(), f!));
    }

    [Fact]
    public async Task Sqlite_and_postgres_end_with_the_same_tables_and_columns()
    {
        if (Engines.PostgresConnectionString is null && !Engines.InCi)
        {
            Assert.Skip("BG_TEST_POSTGRES is not set: no postgres server to compare against");
        }

        var sqlite = await SchemaReader.ColumnsAsync(await TestDatabases.ResetAsync(Engines.Sqlite));
        var postgres = await SchemaReader.ColumnsAsync(await TestDatabases.ResetAsync(Engines.Postgres));
        Assert.Equal(sqlite.Select(c => c.ToString()), postgres.Select(c => c.ToString()));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Responses_cannot_reference_a_person(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var columns = (await SchemaReader.ColumnsAsync(db)).Where(c => c.Table.StartsWith("response", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(columns);
        Assert.DoesNotContain(columns, c => c.Column.Contains("participant", StringComparison.Ordinal)
                                            || c.Column.Contains("token", StringComparison.Ordinal)
                                            || c.Column.Contains("invitation", StringComparison.Ordinal)
                                            || c.Column.Contains("tandem", StringComparison.Ordinal)
                                            || c.Column.Contains("email", StringComparison.Ordinal)
                                            || c.Column.EndsWith("_at", StringComparison.Ordinal));

        // submitted_on is a date: a time of day could be matched against mail or access logs.
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var submittedOnType = db.Dialect.Name switch
        {
            Engines.Sqlite => null,
            Engines.Postgres => await connection.ExecuteScalarAsync<string>(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'response' AND column_name = 'submitted_on'"),
            _ => await connection.ExecuteScalarAsync<string>(
                "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'response' AND COLUMN_NAME = 'submitted_on'"),
        };
        Assert.True(submittedOnType is null or "date", $"submitted_on is {submittedOnType}");
    }

    [GeneratedRegex(@"^\d{8}_\d{2}_[a-z]+(_[a-z0-9]+)+\.sql$")]
    private static partial Regex MigrationName();
}
