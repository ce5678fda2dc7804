using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.SqlClient;

namespace Buerogewitter.Data.Database;

public sealed class SqlServerDialect : SqlDialect
{
    public override string Name => "sqlserver";

    public override string OutputInsertedId => " OUTPUT INSERTED.id";

    public override string ReturningId => "";

    public override string OrderByPage(string orderBy, int offset, int rows) => $" ORDER BY {orderBy} OFFSET {offset} ROWS FETCH NEXT {rows} ROWS ONLY";

    // HOLDLOCK keeps the range locked to the end of the transaction, UPDLOCK makes two readers queue
    // instead of deadlocking when both go on to write.
    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {where}";

    // No MERGE (docs/engines.md): an insert from a row constructor (at most 1,000 rows) guarded by
    // NOT EXISTS under a key-range lock; the single-row insert of the base class comes here too.
    public override string InsertRowsIgnoringDuplicates(string table, string columns, IReadOnlyList<string> rows, string keyColumns)
    {
        var match = string.Join(" AND ", keyColumns.Split(',', StringSplitOptions.TrimEntries).Select(k => $"t.{k} = v.{k}"));
        return $"INSERT INTO {table} ({columns}) SELECT {columns} FROM (VALUES ({string.Join("), (", rows)})) AS v ({columns}) " +
               $"WHERE NOT EXISTS (SELECT 1 FROM {table} t WITH (UPDLOCK, HOLDLOCK) WHERE {match})";
    }

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    // An administrator can make NOCOUNT the server's default ('user options'); row counts would then
    // all read -1, and decisions such as "this call closed the wave" would silently go wrong.
    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SET NOCOUNT OFF";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Lock request time out period exceeded, and the client's own timeout.
    public override bool IsLockTimeout(DbException exception) =>
        exception is SqlException { Number: 1222 or -2 };

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqlException { Number: 2627 or 2601 };

    internal override UpgradeEngineBuilder Migrations(string connectionString) =>
        DeployChanges.To.SqlDatabase(connectionString);

    internal override void EnsureDatabase(string connectionString) =>
        DbUp.EnsureDatabase.For.SqlDatabase(connectionString);
}
