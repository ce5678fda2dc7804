using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>A column as the database reports it, for comparing engines.</summary>
public sealed record ColumnShape(string Table, string Column, bool Nullable)
{
    public override string ToString() => $"{Table}.{Column}{(Nullable ? " NULL" : "")}";
}

public static class SchemaReader
{
    private static readonly string[] Ignored = ["schemaversions", "sqlite_sequence"];

    public static async Task<IReadOnlyList<ColumnShape>> ColumnsAsync(Db db)
    {
        await using var connection = await db.OpenAsync();
        // Each engine describes its catalogue differently; this is test code reading metadata, not a feature.
        var sql = db.Dialect switch
        {
            SqliteDialect => """
                SELECT m.name AS "Table", p.name AS "Column", CASE WHEN p."notnull" = 1 OR p.pk > 0 THEN 0 ELSE 1 END AS "Nullable"
                FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table'
                """,
            PostgresDialect => """
                SELECT table_name AS "Table", column_name AS "Column", CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END AS "Nullable"
                FROM information_schema.columns WHERE table_schema = 'public'
                """,
            _ => """
                SELECT TABLE_NAME AS [Table], COLUMN_NAME AS [Column], CASE WHEN IS_NULLABLE = 'YES' THEN 1 ELSE 0 END AS [Nullable]
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dbo'
                """,
        };
        var rows = await connection.QueryAsync<(string Table, string Column, long Nullable)>(sql);
        return rows
            .Where(r => !Ignored.Contains(r.Table.ToLowerInvariant()))
            .Select(r => new ColumnShape(r.Table.ToLowerInvariant(), r.Column.ToLowerInvariant(), r.Nullable == 1))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal)
            .ToList();
    }
}
