using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Npgsql;

namespace Buerogewitter.Data.Database;

public sealed class PostgresDialect : SqlDialect
{
    public override string Name => "postgres";

    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WHERE {where} FOR UPDATE";

    public override string InsertRowsIgnoringDuplicates(string table, string columns, IReadOnlyList<string> rows, string keyColumns) =>
        $"INSERT INTO {table} ({columns}) VALUES ({string.Join("), (", rows)}) ON CONFLICT ({keyColumns}) DO NOTHING";

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    internal override UpgradeEngineBuilder Migrations(string connectionString) =>
        DeployChanges.To.PostgresqlDatabase(connectionString);

    internal override void EnsureDatabase(string connectionString) =>
        DbUp.EnsureDatabase.For.PostgresqlDatabase(connectionString);
}
