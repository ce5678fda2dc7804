using System.Data.Common;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Workshops;

public sealed record WorkshopSummary
{
    public long Id { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Moderator { get; init; }
}

/// <summary>A closed wave that asked about a measure, with the answers of one side: how many rated it, and the sum of their ratings.</summary>
public sealed record MeasureCheckCount
{
    public long MeasureId { get; init; }

    public long WaveId { get; init; }

    public DateTimeOffset OpensAt { get; init; }

    public required string Side { get; init; }

    public int Answers { get; init; }

    public long RatingSum { get; init; }

    /// <summary>The sum of the squared ratings, for the interval of the mean.</summary>
    public long RatingSquares { get; init; }
}

/// <summary>
/// The workshop record as the consultant keeps it. Every query names the organisation, so a workshop id
/// of another organisation reads and changes nothing.
/// </summary>
public sealed class WorkshopRecordStore(Db db, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkshopSummary>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<WorkshopSummary>(new CommandDefinition("""
            SELECT k.id, k.held_on, k.moderator FROM workshop k WHERE k.organisation_id = @organisationId
            ORDER BY k.held_on DESC, k.id DESC
            """, new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<WorkshopRecord?> LoadAsync(long organisationId, long workshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var parameters = new { organisationId, workshopId };
        var workshop = await connection.QuerySingleOrDefaultAsync<HeaderRow>(new CommandDefinition("""
            SELECT id, held_on, moderator, goal, joint_problem FROM workshop WHERE id = @workshopId AND organisation_id = @organisationId
            """, parameters, cancellationToken: cancellationToken));
        if (workshop is null)
        {
            return null;
        }

        var cards = await connection.QueryAsync<(string Side, string Kind, string Text)>(new CommandDefinition("""
            SELECT c.side, c.kind, c.text FROM workshop_card c JOIN workshop k ON k.id = c.workshop_id
            WHERE c.workshop_id = @workshopId AND k.organisation_id = @organisationId ORDER BY c.position
            """, parameters, cancellationToken: cancellationToken));
        var measures = await connection.QueryAsync<MeasureRow>(new CommandDefinition("""
            SELECT m.id, m.position, m.title, m.title_en, m.owner_inside, m.owner_field, m.due_on, m.status FROM measure m JOIN workshop k ON k.id = m.workshop_id
            WHERE m.workshop_id = @workshopId AND k.organisation_id = @organisationId ORDER BY m.position
            """, parameters, cancellationToken: cancellationToken));
        return new WorkshopRecord(workshop.HeldOn, workshop.Moderator, workshop.Goal, workshop.JointProblem,
            [.. cards.Select(c => new WorkshopCard(Sides.Parse(c.Side), c.Kind, c.Text))],
            [.. measures.Select(m => new WorkshopMeasure(m.Position, m.Title, m.OwnerInside, m.OwnerField, m.DueOn, m.Status) { Id = m.Id, TitleEn = m.TitleEn })])
        { Id = workshop.Id };
    }

    public async Task<long> CreateAsync(long organisationId, WorkshopRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (workshopId, _) = await InsertAsync(connection, transaction, db.Dialect, organisationId, record, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return workshopId;
    }

    /// <summary>Writes a new workshop inside the caller's transaction (the demo seeder's too); returns its id and its measures' ids by position.</summary>
    internal static async Task<(long Id, IReadOnlyList<long> MeasureIds)> InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        long organisationId, WorkshopRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        WorkshopRules.Ensure(record, storedMeasures: 0);
        var workshopId = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO workshop (organisation_id, held_on, moderator, goal, joint_problem, created_at){dialect.OutputInsertedId}
            VALUES (@organisationId, @HeldOn, @Moderator, @Goal, @JointProblem, @now){dialect.ReturningId}
            """, new { organisationId, record.HeldOn, record.Moderator, record.Goal, record.JointProblem, now },
            transaction, cancellationToken: cancellationToken));
        await WriteCardsAndMeasuresAsync(connection, transaction, workshopId, record, cancellationToken);
        var measureIds = await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM measure WHERE workshop_id = @workshopId ORDER BY position", new { workshopId }, transaction, cancellationToken: cancellationToken));
        return (workshopId, measureIds.AsList());
    }

    /// <summary>
    /// Replaces the cards and updates the measures in place: waves and answers refer to a measure by its id,
    /// so a measure is never deleted, only changed. False when the organisation has no such workshop.
    /// </summary>
    public async Task<bool> UpdateAsync(long organisationId, long workshopId, WorkshopRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The update takes the workshop's write lock first: two people saving the same workshop queue here,
        // so the cards of one save are never mixed with the other's.
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE workshop SET held_on = @HeldOn, moderator = @Moderator, goal = @Goal, joint_problem = @JointProblem
            WHERE id = @workshopId AND organisation_id = @organisationId
            """, new { workshopId, organisationId, record.HeldOn, record.Moderator, record.Goal, record.JointProblem }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }

        WorkshopRules.Ensure(record, await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM measure WHERE workshop_id = @workshopId", new { workshopId }, transaction, cancellationToken: cancellationToken)));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM workshop_card WHERE workshop_id = @workshopId",
            new { workshopId }, transaction, cancellationToken: cancellationToken));
        await WriteCardsAndMeasuresAsync(connection, transaction, workshopId, record, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// For each measure of the workshop, each closed wave that asked about it and each side's count and sum of
    /// ratings. Waves still open are left out: watching a running mean move as one more person answers would
    /// tell what that person said.
    /// </summary>
    public Task<IReadOnlyList<MeasureCheckCount>> CheckCountsAsync(long organisationId, long workshopId, CancellationToken cancellationToken = default) =>
        CheckCountsAsync(organisationId, workshopId, clock.GetUtcNow(), cancellationToken);

    /// <summary>As above, for the waves closed by <paramref name="closedBy"/> (a report of an earlier month).</summary>
    public async Task<IReadOnlyList<MeasureCheckCount>> CheckCountsAsync(long organisationId, long workshopId, DateTimeOffset closedBy,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<MeasureCheckCount>(new CommandDefinition("""
            SELECT wm.measure_id, w.id AS wave_id, w.opens_at, r.side,
                   CAST(COUNT(c.value) AS integer) AS answers, CAST(COALESCE(SUM(c.value), 0) AS bigint) AS rating_sum,
                   CAST(COALESCE(SUM(c.value * c.value), 0) AS bigint) AS rating_squares
            FROM wave_measure wm
            JOIN measure m ON m.id = wm.measure_id
            JOIN workshop k ON k.id = m.workshop_id
            JOIN wave w ON w.id = wm.wave_id
            JOIN response r ON r.wave_id = w.id AND r.side IN ('inside', 'field')
            LEFT JOIN response_measure_check c ON c.response_id = r.id AND c.measure_id = wm.measure_id
            WHERE k.id = @workshopId AND k.organisation_id = @organisationId AND w.organisation_id = @organisationId
              AND ((w.closed_at IS NOT NULL AND w.closed_at <= @closedBy) OR w.closes_at <= @closedBy)
            GROUP BY wm.measure_id, w.id, w.opens_at, r.side
            ORDER BY w.opens_at, wm.measure_id, r.side
            """, new { organisationId, workshopId, closedBy = closedBy.ToUniversalTime() }, cancellationToken: cancellationToken))).AsList();
    }

    private static async Task WriteCardsAndMeasuresAsync(DbConnection connection, DbTransaction transaction, long workshopId, WorkshopRecord record,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO workshop_card (workshop_id, side, kind, position, text) VALUES (@workshopId, @side, @Kind, @position, @Text)",
            record.Cards.Select((card, i) => new { workshopId, side = card.Side.Code(), card.Kind, position = i + 1, card.Text }),
            transaction, cancellationToken: cancellationToken));

        foreach (var measure in record.Measures)
        {
            var values = new { workshopId, measure.Position, measure.Title, measure.TitleEn, measure.OwnerInside, measure.OwnerField, measure.DueOn, measure.Status };
            var updated = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE measure SET title = @Title, title_en = @TitleEn, owner_inside = @OwnerInside, owner_field = @OwnerField, due_on = @DueOn, status = @Status
                WHERE workshop_id = @workshopId AND position = @Position
                """, values, transaction, cancellationToken: cancellationToken));
            if (updated == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO measure (workshop_id, position, title, title_en, owner_inside, owner_field, due_on, status)
                    VALUES (@workshopId, @Position, @Title, @TitleEn, @OwnerInside, @OwnerField, @DueOn, @Status)
                    """, values, transaction, cancellationToken: cancellationToken));
            }
        }
    }

    private sealed record HeaderRow
    {
        public long Id { get; init; }

        public DateOnly HeldOn { get; init; }

        public required string Moderator { get; init; }

        public required string Goal { get; init; }

        public string? JointProblem { get; init; }
    }

    private sealed record MeasureRow
    {
        public long Id { get; init; }

        public int Position { get; init; }

        public required string Title { get; init; }

        public string? TitleEn { get; init; }

        public required string OwnerInside { get; init; }

        public required string OwnerField { get; init; }

        public DateOnly DueOn { get; init; }

        public required string Status { get; init; }
    }
}
