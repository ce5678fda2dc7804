using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace Buerogewitter.Data.Database;

public sealed class SqliteDialect : SqlDialect
{
    public override string Name => "sqlite";

    public override bool MigratesOnStart => true;

    // SQLite locks the whole file for writing and Microsoft.Data.Sqlite opens transactions with
    // BEGIN IMMEDIATE, so a plain SELECT inside a transaction is already serialised against writers.
    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WHERE {where}";

    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            // Writers wait for each other instead of failing with SQLITE_BUSY.
            DefaultTimeout = 30,
        };
        return new SqliteConnection(builder.ConnectionString);
    }

    // With WAL, synchronous=NORMAL cannot corrupt the file; a power cut may lose the last commits,
    // which the embedded default accepts for a commit that no longer waits for an fsync.
    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };

    // SQLITE_BUSY (another connection writes) and SQLITE_LOCKED (a table in the same connection's cache).
    public override bool IsLockTimeout(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public override void LimitLockWait(DbConnection connection, TimeSpan wait) =>
        ((SqliteConnection)connection).DefaultTimeout = Math.Max(1, (int)wait.TotalSeconds);

    internal override UpgradeEngineBuilder Migrations(string connectionString) =>
        DeployChanges.To.SqliteDatabase(connectionString);

    internal override void EnsureDatabase(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets the survey page read while a job writes; the setting is stored in the file.
        using var connection = CreateConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        command.ExecuteNonQuery();
    }
}
