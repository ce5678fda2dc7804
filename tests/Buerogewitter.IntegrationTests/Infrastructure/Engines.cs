namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// One theory row per database engine. An engine without a configured server shows as a skipped row
/// with the reason; in CI (CI=true) a missing PostgreSQL is a failure, a missing SQL Server is not,
/// because none can run on these machines.
/// </summary>
public static class Engines
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string SqlServer = "sqlserver";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("BG_TEST_POSTGRES");

    public static string? SqlServerConnectionString => Environment.GetEnvironmentVariable("BG_TEST_SQLSERVER");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<TheoryDataRow<string>> All()
    {
        yield return new TheoryDataRow<string>(Sqlite);
        yield return Row(Postgres, PostgresConnectionString, "BG_TEST_POSTGRES", skippableInCi: false);
        yield return Row(SqlServer, SqlServerConnectionString, "BG_TEST_SQLSERVER", skippableInCi: true);
    }

    /// <summary>The server engines only, for tests that need several processes on one database.</summary>
    public static IEnumerable<TheoryDataRow<string>> Servers() => All().Skip(1);

    private static TheoryDataRow<string> Row(string engine, string? connectionString, string variable, bool skippableInCi) =>
        !string.IsNullOrWhiteSpace(connectionString) || (InCi && !skippableInCi)
            ? new TheoryDataRow<string>(engine)
            : new TheoryDataRow<string>(engine) { Skip = $"{variable} is not set: no {engine} server to test against" };
}
