using Buerogewitter.Data.Database;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace Buerogewitter.Web.Pulses;

public static class PulseJobStorage
{
    /// <summary>
    /// Hangfire's storage follows the application's engine. This is the one place that picks it: the
    /// dialects live in Data, which knows nothing of Hangfire.
    /// </summary>
    public static JobStorage Create(Db db) => db.Dialect switch
    {
        // Its own file next to the application database: Hangfire.Storage.SQLite brings its own SQLite
        // library and locking, and is safe for one process only (docs/engines.md). Its default queue
        // poll of about 15 s would make every enqueued mail wait; 1 s keeps `serve` responsive.
        SqliteDialect => new SQLiteStorage(SqliteFile(db.ConnectionString),
            new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
        PostgresDialect => Postgres(db.ConnectionString),
        SqlServerDialect => new SqlServerStorage(db.ConnectionString, new SqlServerStorageOptions { SchemaName = "HangFire" }),
        _ => throw new InvalidOperationException($"no Hangfire storage for {db.Dialect.Name}"),
    };

    private static PostgreSqlStorage Postgres(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromSeconds(1) };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options, null), options);
    }

    private static string SqliteFile(string connectionString)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(path)}-hangfire.db");
    }
}
