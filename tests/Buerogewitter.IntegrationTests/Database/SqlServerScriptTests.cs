using Buerogewitter.Data.Database;
using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Buerogewitter.IntegrationTests.Database;

/// <summary>
/// No SQL Server runs on our machines, so its scripts and dialect statements are checked by the
/// parser SQL Server itself uses, and compared with the SQLite schema for tables and columns.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void Every_sqlserver_migration_parses()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Migrations(Engines.SqlServer), "*.sql"))
        {
            var errors = Parse(File.ReadAllText(file), out _);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: " +
                string.Join("; ", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
        }
    }

    [Fact]
    public async Task Sqlserver_scripts_declare_the_same_tables_and_columns_as_sqlite()
    {
        // One visitor for all scripts in order: a later script may drop what an earlier one created.
        var visitor = new CreateTableVisitor();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Migrations(Engines.SqlServer), "*.sql").Order())
        {
            Parse(File.ReadAllText(file), out var fragment);
            fragment.Accept(visitor);
        }

        var declared = visitor.Columns;

        var sqlite = await SchemaReader.ColumnsAsync(await TestDatabases.ResetAsync(Engines.Sqlite));
        Assert.Equal(
            sqlite.Select(c => c.ToString()),
            declared.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal).Select(c => c.ToString()));
    }

    [Fact]
    public void Sqlserver_dialect_statements_parse()
    {
        var dialect = new SqlServerDialect();
        string[] statements =
        [
            dialect.SelectForUpdate("id", "organisation", "id = @organisationId"),
            dialect.InsertIgnoringDuplicates("tandem", "organisation_id, name", "@organisationId, @name", "organisation_id, name"),
            dialect.InsertRowsIgnoringDuplicates("invitation", "wave_id, participant_id, side, token_hash, created_at",
                ["@waveId, @p0, @s0, @h0, @now", "@waveId, @p1, @s1, @h1, @now"], "wave_id, participant_id"),
            $"INSERT INTO organisation (slug, name){dialect.OutputInsertedId} VALUES (@slug, @name){dialect.ReturningId}",
            $"UPDATE invitation SET used = @used{dialect.OutputInsertedId} WHERE id = @id AND used = @unused{dialect.ReturningId}",
            $"SELECT id FROM participant WHERE id > @after{dialect.OrderByLimit("id", 500)}",
            $"SELECT id FROM participant{dialect.OrderByPage("email", 200, 100)}",
        ];
        foreach (var statement in statements)
        {
            var errors = Parse(statement, out _);
            Assert.True(errors.Count == 0, $"{statement}: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }

    private static IList<ParseError> Parse(string sql, out TSqlFragment fragment)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        fragment = parser.Parse(reader, out var errors);
        return errors;
    }

    private sealed class CreateTableVisitor : TSqlFragmentVisitor
    {
        public List<ColumnShape> Columns { get; } = [];

        public override void Visit(CreateTableStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value.ToLowerInvariant();
            var primaryKey = node.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
                .Where(c => c.IsPrimaryKey)
                .SelectMany(c => c.Columns.Select(col => col.Column.MultiPartIdentifier.Identifiers[^1].Value))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            Add(table, node.Definition.ColumnDefinitions, primaryKey);
        }

        public override void Visit(AlterTableAddTableElementStatement node) =>
            Add(node.SchemaObjectName.BaseIdentifier.Value.ToLowerInvariant(), node.Definition.ColumnDefinitions, []);

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value.ToLowerInvariant();
            var dropped = node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column)
                .Select(e => e.Name.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            Columns.RemoveAll(c => c.Table == table && dropped.Contains(c.Column));
        }

        private void Add(string table, IEnumerable<ColumnDefinition> columns, HashSet<string> primaryKey)
        {
            foreach (var column in columns)
            {
                var notNull = column.Constraints.OfType<NullableConstraintDefinition>().Any(c => !c.Nullable)
                    || column.Constraints.OfType<UniqueConstraintDefinition>().Any(c => c.IsPrimaryKey)
                    || primaryKey.Contains(column.ColumnIdentifier.Value);
                Columns.Add(new ColumnShape(table, column.ColumnIdentifier.Value.ToLowerInvariant(), !notNull));
            }
        }
    }
}
