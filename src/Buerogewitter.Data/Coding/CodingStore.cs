using System.Data.Common;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Coding;

/// <summary>An answer that may be coded: its text, the strategy version its wave used, and nothing that could name a person.</summary>
public sealed record CodableAnswer
{
    public Guid ResponseId { get; init; }

    public long StrategyVersionId { get; init; }

    public required string Text { get; init; }

    public required string Language { get; init; }
}

/// <summary>A coded answer with the priorities its coders agree on (ticked by at least half of them); empty means none.</summary>
public sealed record CodedResponse(Guid ResponseId, string Text, string Language, IReadOnlyList<long> PriorityIds);

public sealed record CodingPriority
{
    public long Id { get; init; }

    public long StrategyVersionId { get; init; }

    public int VersionNo { get; init; }

    public int Position { get; init; }

    public required string Text { get; init; }

    public string? TextEn { get; init; }

    public string? Examples { get; init; }
}

/// <summary>
/// The coding page's data. Only answers of closed waves with at least <c>minResponses</c> answers can
/// be coded: free text of smaller groups is never shown, and an open wave's answers appearing one by
/// one would let a coder tie an answer to the colleague who just submitted it.
/// </summary>
public sealed class CodingStore(Db db)
{
    private const string Eligible = """
        FROM response r
        JOIN wave w ON w.id = r.wave_id
        WHERE w.organisation_id = @organisationId
          AND (w.closed_at IS NOT NULL OR w.closes_at <= @now)
          AND (SELECT COUNT(*) FROM response n WHERE n.wave_id = w.id) >= @minResponses
          AND r.strategy_answer <> ''
        """;

    public async Task<IReadOnlyList<CodableAnswer>> CodableAsync(long organisationId, int minResponses, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<CodableAnswer>(new CommandDefinition(
            $"SELECT r.id AS response_id, w.strategy_version_id, r.strategy_answer AS text, r.language {Eligible}",
            new { organisationId, minResponses, now = now.ToUniversalTime() }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The strategy version of an answer that may be coded, or null for any other answer (another organisation's included).</summary>
    public async Task<long?> CodableVersionAsync(long organisationId, Guid responseId, int minResponses, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT w.strategy_version_id {Eligible} AND r.id = @responseId",
            new { organisationId, responseId, minResponses, now = now.ToUniversalTime() }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CodingPriority>> PrioritiesAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<CodingPriority>(new CommandDefinition("""
            SELECT p.id, p.strategy_version_id, v.version_no, p.position, p.text, p.text_en, p.examples
            FROM priority p JOIN strategy_version v ON v.id = p.strategy_version_id
            WHERE v.organisation_id = @organisationId ORDER BY v.version_no, p.position
            """, new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Display names of the organisation's roster, to mask them in the answers shown.</summary>
    public async Task<IReadOnlyList<string>> PersonNamesAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT display_name FROM participant WHERE organisation_id = @organisationId",
            new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlySet<Guid>> CodedByAsync(long organisationId, long coderId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition("""
            SELECT c.response_id FROM answer_code c
            JOIN response r ON r.id = c.response_id JOIN wave w ON w.id = r.wave_id
            WHERE w.organisation_id = @organisationId AND c.coder_id = @coderId
            """, new { organisationId, coderId }, cancellationToken: cancellationToken))).ToHashSet();
    }

    /// <summary>Replaces this coder's code of the answer; the unique key keeps one code per answer and coder.</summary>
    public async Task SaveAsync(Guid responseId, long coderId, IReadOnlyList<long> priorityIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { responseId, coderId };
        await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM answer_code_priority WHERE answer_code_id IN
                (SELECT id FROM answer_code WHERE response_id = @responseId AND coder_id = @coderId)
            """, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM answer_code WHERE response_id = @responseId AND coder_id = @coderId", parameters, transaction, cancellationToken: cancellationToken));
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO answer_code (response_id, coder_id){db.Dialect.OutputInsertedId} VALUES (@responseId, @coderId){db.Dialect.ReturningId}
            """, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO answer_code_priority (answer_code_id, priority_id) VALUES (@id, @priorityId)",
            priorityIds.Distinct().Select(priorityId => new { id, priorityId }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CodedResponse>> CodedAsync(long strategyVersionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await CodedAsync(connection, strategyVersionId, cancellationToken);
    }

    /// <summary>
    /// Every coded answer of waves that used the strategy version, with the priorities at least half of
    /// its coders ticked. In content order (ids are random), so the model's train/test split repeats.
    /// </summary>
    internal static async Task<IReadOnlyList<CodedResponse>> CodedAsync(DbConnection connection, long strategyVersionId, CancellationToken cancellationToken)
    {
        var parameters = new { strategyVersionId };
        var answers = await connection.QueryAsync<CodableAnswer>(new CommandDefinition("""
            SELECT r.id AS response_id, w.strategy_version_id, r.strategy_answer AS text, r.language
            FROM response r JOIN wave w ON w.id = r.wave_id
            WHERE w.strategy_version_id = @strategyVersionId AND EXISTS (SELECT 1 FROM answer_code c WHERE c.response_id = r.id)
            """, parameters, cancellationToken: cancellationToken));
        var agreed = (await connection.QueryAsync<AgreedPriority>(new CommandDefinition("""
            SELECT c.response_id, p.priority_id
            FROM answer_code c JOIN answer_code_priority p ON p.answer_code_id = c.id
            JOIN response r ON r.id = c.response_id JOIN wave w ON w.id = r.wave_id
            WHERE w.strategy_version_id = @strategyVersionId
            GROUP BY c.response_id, p.priority_id
            HAVING 2 * COUNT(*) >= (SELECT COUNT(*) FROM answer_code a WHERE a.response_id = c.response_id)
            """, parameters, cancellationToken: cancellationToken))).ToLookup(r => r.ResponseId, r => r.PriorityId);
        return answers
            .OrderBy(a => a.Text, StringComparer.Ordinal).ThenBy(a => a.Language, StringComparer.Ordinal).ThenBy(a => a.ResponseId)
            .Select(a => new CodedResponse(a.ResponseId, a.Text, a.Language, agreed[a.ResponseId].Order().ToList()))
            .ToList();
    }

    private sealed record AgreedPriority
    {
        public Guid ResponseId { get; init; }

        public long PriorityId { get; init; }
    }
}
