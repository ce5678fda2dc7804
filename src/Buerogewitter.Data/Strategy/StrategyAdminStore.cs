using System.Data.Common;
using Buerogewitter.Core.Strategy;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Strategy;

public sealed record StrategyVersion
{
    public long Id { get; init; }

    public int VersionNo { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<PriorityDraft> Priorities { get; set; } = [];
}

/// <summary>
/// Strategy versions are append-only: answers are scored against the version in force when they
/// were given, so a version that waves refer to is never edited, only followed by a new one. A
/// priority's example phrases are stored one per line.
/// </summary>
public sealed class StrategyAdminStore(Db db, TimeProvider clock)
{
    public async Task<IReadOnlyList<StrategyVersion>> HistoryAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var versions = (await connection.QueryAsync<StrategyVersion>(new CommandDefinition(
            "SELECT id, version_no, effective_from, note FROM strategy_version WHERE organisation_id = @organisationId ORDER BY version_no DESC",
            new { organisationId }, cancellationToken: cancellationToken))).AsList();
        var priorities = (await connection.QueryAsync<(long VersionId, string Text, string? TextEn, string? Examples)>(new CommandDefinition("""
            SELECT p.strategy_version_id, p.text, p.text_en, p.examples FROM priority p
            JOIN strategy_version v ON v.id = p.strategy_version_id
            WHERE v.organisation_id = @organisationId ORDER BY p.position
            """, new { organisationId }, cancellationToken: cancellationToken))).ToLookup(p => p.VersionId);
        foreach (var version in versions)
        {
            version.Priorities = priorities[version.Id]
                .Select(p => new PriorityDraft(p.Text, p.TextEn, p.Examples?.Split('\n') ?? [])).ToList();
        }

        return versions;
    }

    /// <summary>The organisation's own glossary lines, or null.</summary>
    public async Task<string?> GlossaryAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT glossary FROM organisation WHERE id = @organisationId", new { organisationId }, cancellationToken: cancellationToken));
    }

    /// <summary>Replaces the organisation's glossary lines (null: none). Callers parse them first.</summary>
    public async Task SetGlossaryAsync(long organisationId, string? glossary, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE organisation SET glossary = @glossary WHERE id = @organisationId", new { organisationId, glossary }, cancellationToken: cancellationToken));
    }

    /// <summary>Adds the next version; returns its number. Callers check <see cref="StrategyRules"/> first.</summary>
    public async Task<int> CreateAsync(long organisationId, DateOnly effectiveFrom, string? note, IReadOnlyList<PriorityDraft> priorities,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (_, versionNo) = await InsertAsync(connection, transaction, db.Dialect, organisationId, effectiveFrom, note, priorities, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return versionNo;
    }

    /// <summary>Adds the next version inside the caller's transaction (the demo seeder's too); returns its id and number.</summary>
    internal static async Task<(long Id, int VersionNo)> InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        long organisationId, DateOnly effectiveFrom, string? note, IReadOnlyList<PriorityDraft> priorities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Two consultants saving at once queue here instead of both taking the same version number.
        await connection.ExecuteAsync(new CommandDefinition(dialect.SelectForUpdate("id", "organisation", "id = @organisationId"),
            new { organisationId }, transaction, cancellationToken: cancellationToken));
        var versionNo = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(version_no), 0) FROM strategy_version WHERE organisation_id = @organisationId",
            new { organisationId }, transaction, cancellationToken: cancellationToken));
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO strategy_version (organisation_id, version_no, effective_from, note, created_at){dialect.OutputInsertedId}
            VALUES (@organisationId, @versionNo, @effectiveFrom, @note, @now){dialect.ReturningId}
            """, new { organisationId, versionNo, effectiveFrom, note, now }, transaction, cancellationToken: cancellationToken));
        for (var i = 0; i < priorities.Count; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO priority (strategy_version_id, position, text, text_en, examples) VALUES (@id, @position, @Text, @TextEn, @examples)",
                new { id, position = i + 1, priorities[i].Text, priorities[i].TextEn, examples = priorities[i].Examples.Count == 0 ? null : string.Join('\n', priorities[i].Examples) },
                transaction, cancellationToken: cancellationToken));
        }

        return (id, versionNo);
    }
}
