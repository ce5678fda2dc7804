using System.Data.Common;
using Buerogewitter.Core.Surveys;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Surveys;

/// <summary>
/// The survey template of an organisation. Saving adds a new template rather than changing the
/// current one: waves point at their template, and a past wave must keep the questions it asked.
/// New waves take the newest template.
/// </summary>
public sealed class TemplateAdminStore(Db db, TimeProvider clock)
{
    public async Task<SurveyTemplate?> CurrentAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TemplateRow>(new CommandDefinition("""
            SELECT id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en, open_question_de, open_question_en
            FROM survey_template WHERE id = (SELECT MAX(id) FROM survey_template WHERE organisation_id = @organisationId)
            """, new { organisationId }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var items = await connection.QueryAsync<SurveyFormItem>(new CommandDefinition("""
            SELECT text_de, text_en, low_label_de, high_label_de, low_label_en, high_label_en
            FROM survey_item WHERE template_id = @Id ORDER BY position
            """, new { row.Id }, cancellationToken: cancellationToken));
        return new SurveyTemplate(row.Name, row.StrategyQuestionDe, row.StrategyQuestionEn, row.ClarityItemDe, row.ClarityItemEn,
            row.OpenQuestionDe, row.OpenQuestionEn,
            items.Select(i => new TemplateItem(i.TextDe, i.TextEn, i.LowLabelDe, i.HighLabelDe, i.LowLabelEn, i.HighLabelEn)).ToList());
    }

    public async Task SaveAsync(long organisationId, SurveyTemplate template, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertAsync(connection, transaction, db.Dialect, organisationId, template, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes a template and its items inside the caller's transaction; returns its id and its items' ids in order.</summary>
    internal static async Task<(long Id, IReadOnlyList<long> ItemIds)> InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        long organisationId, SurveyTemplate template, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO survey_template (organisation_id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en,
                                         open_question_de, open_question_en, created_at){dialect.OutputInsertedId}
            VALUES (@organisationId, @Name, @StrategyQuestionDe, @StrategyQuestionEn, @ClarityItemDe, @ClarityItemEn,
                    @OpenQuestionDe, @OpenQuestionEn, @now){dialect.ReturningId}
            """, new
        {
            organisationId,
            template.Name,
            template.StrategyQuestionDe,
            template.StrategyQuestionEn,
            template.ClarityItemDe,
            template.ClarityItemEn,
            template.OpenQuestionDe,
            template.OpenQuestionEn,
            now,
        }, transaction, cancellationToken: cancellationToken));
        var itemIds = new List<long>(template.Items.Count);
        for (var i = 0; i < template.Items.Count; i++)
        {
            var item = template.Items[i];
            itemIds.Add(await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
                INSERT INTO survey_item (template_id, position, text_de, text_en, low_label_de, high_label_de, low_label_en, high_label_en){dialect.OutputInsertedId}
                VALUES (@id, @position, @TextDe, @TextEn, @LowLabelDe, @HighLabelDe, @LowLabelEn, @HighLabelEn){dialect.ReturningId}
                """, new { id, position = i + 1, item.TextDe, item.TextEn, item.LowLabelDe, item.HighLabelDe, item.LowLabelEn, item.HighLabelEn },
                transaction, cancellationToken: cancellationToken)));
        }

        return (id, itemIds);
    }

    private sealed record TemplateRow
    {
        public long Id { get; init; }

        public required string Name { get; init; }

        public required string StrategyQuestionDe { get; init; }

        public required string StrategyQuestionEn { get; init; }

        public required string ClarityItemDe { get; init; }

        public required string ClarityItemEn { get; init; }

        public string? OpenQuestionDe { get; init; }

        public string? OpenQuestionEn { get; init; }
    }
}
