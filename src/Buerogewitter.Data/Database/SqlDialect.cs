using System.Data.Common;
using DbUp.Builder;

namespace Buerogewitter.Data.Database;

/// <summary>
/// Everything that really differs between the database engines. Features write portable SQL and
/// ask the dialect only for these pieces, so no feature ever branches on the provider.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The configuration name: <c>sqlite</c>, <c>postgres</c> or <c>sqlserver</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The folder below <c>db/migrations</c> that holds this engine's scripts.</summary>
    public string MigrationFolder => Name;

    /// <summary>
    /// Whether the app applies pending migrations itself at start. Only the embedded file does, so a
    /// first start needs nothing; a server database changes only when an operator runs <c>migrate</c>.
    /// </summary>
    public virtual bool MigratesOnStart => false;

    /// <summary>
    /// With <see cref="ReturningId"/>, makes an INSERT or UPDATE return the id of each row it wrote: goes
    /// between the column list and VALUES of an INSERT, or between SET and WHERE of an UPDATE.
    /// </summary>
    public virtual string OutputInsertedId => "";

    /// <summary>Goes after the VALUES of an INSERT, or the WHERE of an UPDATE, that returns the ids it wrote.</summary>
    public virtual string ReturningId => " RETURNING id";

    /// <summary>
    /// Ends a SELECT with its ORDER BY and returns only the first rows. The order is part of the call
    /// because SQL Server's OFFSET … FETCH is a clause of ORDER BY and is refused without one.
    /// </summary>
    public string OrderByLimit(string orderBy, int rows) => OrderByPage(orderBy, 0, rows);

    /// <summary>Ends a SELECT with its ORDER BY, skips <paramref name="offset"/> rows and returns the next ones.</summary>
    public virtual string OrderByPage(string orderBy, int offset, int rows) => $" ORDER BY {orderBy} LIMIT {rows} OFFSET {offset}";

    /// <summary>A SELECT that takes a write lock on the matching rows until the transaction ends.</summary>
    public abstract string SelectForUpdate(string columns, string table, string where);

    /// <summary>An INSERT that silently does nothing when the key already exists.</summary>
    public virtual string InsertIgnoringDuplicates(string table, string columns, string values, string keyColumns) =>
        InsertRowsIgnoringDuplicates(table, columns, [values], keyColumns);

    /// <summary>A multi-row INSERT that skips the rows whose key already exists; the rows must have distinct keys.</summary>
    public virtual string InsertRowsIgnoringDuplicates(string table, string columns, IReadOnlyList<string> rows, string keyColumns) =>
        $"INSERT INTO {table} ({columns}) VALUES ({string.Join("), (", rows)}) ON CONFLICT ({keyColumns}) DO NOTHING";

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>The configured connection string with this engine's defaults for what the operator left unset.</summary>
    public virtual string WithDefaults(string connectionString) => connectionString;

    /// <summary>Per-connection settings, applied right after a connection opens.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Whether a statement failed because another connection held the lock it needed for too long.</summary>
    public abstract bool IsLockTimeout(DbException exception);

    /// <summary>
    /// How long statements on this connection wait for another connection's lock before they fail. Only
    /// SQLite needs telling: it locks the whole file for a writer, and waits 30 s by default; the server
    /// engines lock rows, which a survey write does not wait on for long.
    /// </summary>
    public virtual void LimitLockWait(DbConnection connection, TimeSpan wait)
    {
    }

    internal abstract UpgradeEngineBuilder Migrations(string connectionString);

    /// <summary>Creates the database itself when the engine needs that before migrating.</summary>
    internal virtual void EnsureDatabase(string connectionString)
    {
    }

    public static SqlDialect ForProvider(string provider) => provider.ToUpperInvariant() switch
    {
        "SQLITE" => new SqliteDialect(),
        "POSTGRES" or "POSTGRESQL" => new PostgresDialect(),
        "SQLSERVER" => new SqlServerDialect(),
        _ => throw new ArgumentException($"Database:Provider '{provider}' is not one of sqlite, postgres, sqlserver"),
    };
}
