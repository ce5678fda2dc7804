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

    /// <summary>Its measures (due date and status are what the list needs), in position order.</summary>
    public IReadOnlyList<WorkshopMeasure> Measures { get; init; } = [];
}

/// <summary>
/// A create or update of a workshop: its id, or, where the organisation already has another workshop on the same day,
/// that workshop's id in <see cref="SameDayId"/> and nothing written. One workshop a day is the method, and a second
/// on the same day is almost always the same workshop recorded twice (a double submit, a second consultant).
/// </summary>
public sealed record WorkshopSave(long Id, long? SameDayId)
{
    public bool Saved => SameDayId is null;
}

/// <summary>A delete of a workshop: whether it exists, and how many waves asked about its measures (then nothing is deleted).</summary>
public sealed record WorkshopDeletion(bool Found, int AskedWaves)
{
    public bool Deleted => Found && AskedWaves == 0;
}

/// <summary>An owner of a measure who has not been told about it by mail yet.</summary>
public sealed record OwnerNotice
{
    public long MeasureId { get; init; }

    public long ParticipantId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Language { get; init; }

    /// <summary>The side the person owns the measure for (inside or field).</summary>
    public required string Side { get; init; }

    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    public DateOnly DueOn { get; init; }

    /// <summary>The owner on the other side, as the record names them.</summary>
    public required string CoOwner { get; init; }
}

/// <summary>A closed wave that asked about a measure, with the answers of one side: how many rated it, and the sum of their ratings.</summary>
public sealed record MeasureCheckCount
{
    public long MeasureId { get; init; }

    public long WaveId { get; init; }

    /// <summary>See <see cref="Pulses.WaveNumber"/>.</summary>
    public int WaveNumber { get; init; }

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
        var workshops = await connection.QueryAsync<WorkshopSummary>(new CommandDefinition("""
            SELECT k.id, k.held_on, k.moderator FROM workshop k WHERE k.organisation_id = @organisationId
            ORDER BY k.held_on DESC, k.id DESC
            """, new { organisationId }, cancellationToken: cancellationToken));
        var measures = (await QueryMeasuresAsync(connection, "k.organisation_id = @organisationId", new { organisationId }, null, cancellationToken))
            .ToLookup(m => m.WorkshopId, m => m.Measure);
        return [.. workshops.Select(w => w with { Measures = [.. measures[w.Id]] })];
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
        var measures = await QueryMeasuresAsync(connection, "m.workshop_id = @workshopId AND k.organisation_id = @organisationId", parameters, null, cancellationToken);
        return new WorkshopRecord(workshop.HeldOn, workshop.Moderator, workshop.Goal, workshop.JointProblem,
            [.. cards.Select(c => new WorkshopCard(Sides.Parse(c.Side), c.Kind, c.Text))],
            [.. measures.Select(m => m.Measure)])
        { Id = workshop.Id };
    }

    /// <summary>Records a new workshop, unless the organisation has one on that day already (see <see cref="WorkshopSave"/>).</summary>
    public async Task<WorkshopSave> CreateAsync(long organisationId, WorkshopRecord record, CancellationToken cancellationToken = default)
    {
        WorkshopRules.Ensure(record, storedMeasures: 0);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await SameDayAsync(connection, transaction, organisationId, record.HeldOn, null, cancellationToken) is { } sameDay)
        {
            return new WorkshopSave(0, sameDay);
        }

        var (workshopId, _) = await InsertAsync(connection, transaction, db.Dialect, organisationId, record, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WorkshopSave(workshopId, null);
    }

    /// <summary>
    /// Deletes a workshop with its cards and measures, but only while no wave has asked about its measures: the
    /// anonymous answers to those questions are the follow-through history and the monthly report's figures, and
    /// deleting them would make earlier reports silently lose what they showed.
    /// </summary>
    public async Task<WorkshopDeletion> DeleteAsync(long organisationId, long workshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { organisationId, workshopId };
        // The lock keeps a concurrent save from writing measures between the count and the delete.
        var found = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            db.Dialect.SelectForUpdate("id", "workshop", "id = @workshopId AND organisation_id = @organisationId"), parameters, transaction, cancellationToken: cancellationToken));
        if (found is null)
        {
            return new WorkshopDeletion(false, 0);
        }

        var asked = await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT COUNT(DISTINCT wm.wave_id) FROM wave_measure wm JOIN measure m ON m.id = wm.measure_id WHERE m.workshop_id = @workshopId
            """, parameters, transaction, cancellationToken: cancellationToken));
        if (asked > 0)
        {
            return new WorkshopDeletion(true, asked);
        }

        foreach (var sql in (string[])[
            "DELETE FROM measure_owner_mail WHERE measure_id IN (SELECT id FROM measure WHERE workshop_id = @workshopId)",
            "DELETE FROM measure WHERE workshop_id = @workshopId",
            "DELETE FROM workshop_card WHERE workshop_id = @workshopId",
            "DELETE FROM workshop WHERE id = @workshopId AND organisation_id = @organisationId"])
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new WorkshopDeletion(true, 0);
    }

    /// <summary>
    /// How many measures of the organisation's workshops (other than <paramref name="exceptWorkshopId"/>) are neither
    /// done nor dropped: the pulses keep asking about them whatever workshop comes next.
    /// </summary>
    public async Task<int> PendingMeasuresAsync(long organisationId, long? exceptWorkshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT COUNT(*) FROM measure m JOIN workshop k ON k.id = m.workshop_id
            WHERE k.organisation_id = @organisationId AND (@exceptWorkshopId IS NULL OR k.id <> @exceptWorkshopId)
              AND m.status NOT IN ('done', 'dropped')
            """, new { organisationId, exceptWorkshopId }, cancellationToken: cancellationToken));
    }

    /// <summary>The owners of the workshop's measures, chosen from the roster, who have not been mailed about their measure yet.</summary>
    public async Task<IReadOnlyList<OwnerNotice>> UnmailedOwnersAsync(long organisationId, long workshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<OwnerNotice>(new CommandDefinition("""
            SELECT m.id AS measure_id, p.id AS participant_id, p.email, p.display_name, p.language, m.title, m.title_en, m.due_on,
                   CASE WHEN p.id = m.owner_inside_id THEN 'inside' ELSE 'field' END AS side,
                   CASE WHEN p.id = m.owner_inside_id THEN COALESCE(pf.display_name, m.owner_field) ELSE COALESCE(pi.display_name, m.owner_inside) END AS co_owner
            FROM measure m
            JOIN workshop k ON k.id = m.workshop_id
            JOIN participant p ON p.id = m.owner_inside_id OR p.id = m.owner_field_id
            LEFT JOIN participant pi ON pi.id = m.owner_inside_id
            LEFT JOIN participant pf ON pf.id = m.owner_field_id
            WHERE m.workshop_id = @workshopId AND k.organisation_id = @organisationId AND p.active = @active
              AND NOT EXISTS (SELECT 1 FROM measure_owner_mail o WHERE o.measure_id = m.id AND o.participant_id = p.id)
            ORDER BY m.position, p.side
            """, new { organisationId, workshopId, active = true }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>
    /// Claims the mail to one owner about one measure; false when it was claimed before (a second save, a double submit),
    /// so only the caller that gets true sends it. <see cref="ReleaseOwnerMailAsync"/> gives it back when sending fails.
    /// </summary>
    public async Task<bool> ClaimOwnerMailAsync(long measureId, long participantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await RecordOwnerMailAsync(connection, null, db.Dialect, measureId, participantId, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Records that an owner was told about a measure, inside the caller's transaction if any; false when it was recorded before.</summary>
    internal static async Task<bool> RecordOwnerMailAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect,
        long measureId, long participantId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            dialect.InsertIgnoringDuplicates("measure_owner_mail", "measure_id, participant_id, sent_at", "@measureId, @participantId, @now", "measure_id, participant_id"),
            new { measureId, participantId, now }, transaction, cancellationToken: cancellationToken)) == 1;

    public async Task ReleaseOwnerMailAsync(long measureId, long participantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM measure_owner_mail WHERE measure_id = @measureId AND participant_id = @participantId",
            new { measureId, participantId }, cancellationToken: cancellationToken));
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
    /// so a measure is never deleted, only changed. Null when the organisation has no such workshop; not saved
    /// when the new date is that of another of its workshops.
    /// </summary>
    public async Task<WorkshopSave?> UpdateAsync(long organisationId, long workshopId, WorkshopRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await SameDayAsync(connection, transaction, organisationId, record.HeldOn, workshopId, cancellationToken) is { } sameDay)
        {
            return new WorkshopSave(workshopId, sameDay);
        }

        // The update takes the workshop's write lock first: two people saving the same workshop queue here,
        // so the cards of one save are never mixed with the other's.
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE workshop SET held_on = @HeldOn, moderator = @Moderator, goal = @Goal, joint_problem = @JointProblem
            WHERE id = @workshopId AND organisation_id = @organisationId
            """, new { workshopId, organisationId, record.HeldOn, record.Moderator, record.Goal, record.JointProblem }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return null;
        }

        WorkshopRules.Ensure(record, await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM measure WHERE workshop_id = @workshopId", new { workshopId }, transaction, cancellationToken: cancellationToken)));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM workshop_card WHERE workshop_id = @workshopId",
            new { workshopId }, transaction, cancellationToken: cancellationToken));
        await WriteCardsAndMeasuresAsync(connection, transaction, workshopId, record, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WorkshopSave(workshopId, null);
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
        return (await connection.QueryAsync<MeasureCheckCount>(new CommandDefinition($"""
            SELECT wm.measure_id, w.id AS wave_id, {Pulses.WaveNumber.Sql} AS wave_number, w.opens_at, r.side,
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
            GROUP BY wm.measure_id, w.id, w.organisation_id, w.opens_at, r.side
            ORDER BY w.opens_at, wm.measure_id, r.side
            """, new { organisationId, workshopId, closedBy = closedBy.ToUniversalTime() }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>
    /// The organisation's other workshop on <paramref name="heldOn"/>, if any. The organisation's row is locked first,
    /// so two saves of the same day (a double submit) queue here and the second finds the first's workshop.
    /// </summary>
    private async Task<long?> SameDayAsync(DbConnection connection, DbTransaction transaction, long organisationId, DateOnly heldOn, long? exceptId,
        CancellationToken cancellationToken)
    {
        var parameters = new { organisationId, heldOn, exceptId };
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            db.Dialect.SelectForUpdate("id", "organisation", "id = @organisationId"), parameters, transaction, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT MIN(id) FROM workshop WHERE organisation_id = @organisationId AND held_on = @heldOn AND (@exceptId IS NULL OR id <> @exceptId)
            """, parameters, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Measures with their owners' current roster names (the recorded text where an owner was never picked or has been erased).</summary>
    private static async Task<IEnumerable<(long WorkshopId, WorkshopMeasure Measure)>> QueryMeasuresAsync(DbConnection connection, string where, object parameters,
        DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<MeasureRow>(new CommandDefinition($"""
            SELECT m.workshop_id, m.id, m.position, m.title, m.title_en, COALESCE(pi.display_name, m.owner_inside) AS owner_inside,
                   COALESCE(pf.display_name, m.owner_field) AS owner_field, m.owner_inside_id, m.owner_field_id, m.due_on, m.status
            FROM measure m JOIN workshop k ON k.id = m.workshop_id
            LEFT JOIN participant pi ON pi.id = m.owner_inside_id
            LEFT JOIN participant pf ON pf.id = m.owner_field_id
            WHERE {where} ORDER BY m.workshop_id, m.position
            """, parameters, transaction, cancellationToken: cancellationToken));
        return rows.Select(m => (m.WorkshopId, new WorkshopMeasure(m.Position, m.Title, m.OwnerInside, m.OwnerField, m.DueOn, m.Status)
        {
            Id = m.Id,
            TitleEn = m.TitleEn,
            OwnerInsideId = m.OwnerInsideId,
            OwnerFieldId = m.OwnerFieldId,
        }));
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
            var values = new
            {
                workshopId,
                measure.Position,
                measure.Title,
                measure.TitleEn,
                measure.OwnerInside,
                measure.OwnerField,
                measure.OwnerInsideId,
                measure.OwnerFieldId,
                measure.DueOn,
                measure.Status,
            };
            var updated = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE measure SET title = @Title, title_en = @TitleEn, owner_inside = @OwnerInside, owner_field = @OwnerField,
                    owner_inside_id = @OwnerInsideId, owner_field_id = @OwnerFieldId, due_on = @DueOn, status = @Status
                WHERE workshop_id = @workshopId AND position = @Position
                """, values, transaction, cancellationToken: cancellationToken));
            if (updated == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO measure (workshop_id, position, title, title_en, owner_inside, owner_field, owner_inside_id, owner_field_id, due_on, status)
                    VALUES (@workshopId, @Position, @Title, @TitleEn, @OwnerInside, @OwnerField, @OwnerInsideId, @OwnerFieldId, @DueOn, @Status)
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
        public long WorkshopId { get; init; }

        public long Id { get; init; }

        public int Position { get; init; }

        public required string Title { get; init; }

        public string? TitleEn { get; init; }

        public required string OwnerInside { get; init; }

        public required string OwnerField { get; init; }

        public long? OwnerInsideId { get; init; }

        public long? OwnerFieldId { get; init; }

        public DateOnly DueOn { get; init; }

        public required string Status { get; init; }
    }
}
