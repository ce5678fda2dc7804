using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Builder;
using Npgsql;

namespace Buerogewitter.Data.Database;

public sealed class PostgresDialect : SqlDialect
{
    public override string Name => "postgres";

    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WHERE {where} FOR UPDATE";

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    // The survey's statements run thousands of times a minute; prepared once per pooled connection,
    // PostgreSQL stops parsing and planning them on every submit (a third more submissions per second
    // in survey-throughput). An operator's own "Max Auto Prepare" wins, 0 included.
    public override string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 50;
        }

        return builder.ConnectionString;
    }

    // lock_not_available, and query_canceled when a lock or statement timeout the operator set runs out.
    public override bool IsLockTimeout(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled };

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    internal override UpgradeEngineBuilder Migrations(string connectionString) =>
        DeployChanges.To.PostgresqlDatabase(connectionString);

    // DbUp's EnsureDatabase leaves one connection to the maintenance database open per call; every verb checks
    // for pending migrations, so a few hundred verb runs exhausted max_connections. One unpooled, disposed
    // connection does the same check.
    internal override void EnsureDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The PostgreSQL connection string names no Database", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        if (connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @name)", new { name })) return;
        connection.Execute($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
    }
}
