using System.Data.Common;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Pulses;

public sealed class WaveStore(Db db, TimeProvider clock)
{
    private const string Columns = """
        id, organisation_id, scheduled_at, opens_at, closes_at, reminder1_at, reminder2_at, closed_at
        """;

    /// <summary>
    /// Opens the wave of one scheduled occurrence. Idempotent: a retried or doubled firing of the same
    /// occurrence gets the wave the first one made (unique organisation_id + scheduled_at), and the
    /// organisation row lock makes two firings queue instead of racing.
    /// </summary>
    public async Task<WaveOpenResult> OpenAsync(Organisation organisation, DateTimeOffset scheduledAt, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var plan = WavePlan.For(organisation, scheduledAt, now);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(Command(
            db.Dialect.SelectForUpdate("id", "organisation", "id = @Id"), new { organisation.Id }, transaction, cancellationToken));

        var waves = (await connection.QueryAsync<Wave>(Command(
            $"SELECT {Columns} FROM wave WHERE organisation_id = @Id", new { organisation.Id }, transaction, cancellationToken))).AsList();
        if (waves.FirstOrDefault(w => w.ScheduledAt == plan.ScheduledAt) is { } same)
        {
            return new WaveOpenResult(WaveOpenOutcome.AlreadyOpenedForThisOccurrence, same);
        }

        if (waves.FirstOrDefault(w => w.IsOpenAt(now)) is { } open)
        {
            return new WaveOpenResult(WaveOpenOutcome.AnotherWaveIsOpen, open,
                $"wave {open.Id} is still open until {open.ClosesAt:u}; close it first (buerogewitter wave close --org {organisation.Slug})");
        }

        var templateId = await connection.ExecuteScalarAsync<long?>(Command(
            "SELECT MAX(id) FROM survey_template WHERE organisation_id = @Id", new { organisation.Id }, transaction, cancellationToken));
        var strategyVersionId = await connection.ExecuteScalarAsync<long?>(Command("""
            SELECT MAX(id) FROM strategy_version
            WHERE organisation_id = @Id AND version_no = (SELECT MAX(version_no) FROM strategy_version WHERE organisation_id = @Id)
            """, new { organisation.Id }, transaction, cancellationToken));
        var missing = new[]
        {
            templateId is null ? ("a survey template", $"the questionnaire page /admin/o/{organisation.Slug}/template") : default,
            strategyVersionId is null
                ? ("a strategy version with its priorities", $"buerogewitter strategy set --org {organisation.Slug} --file PRIORITIES.csv")
                : default,
        }.Where(m => m.Item1 is not null).ToList();
        if (missing.Count > 0)
        {
            return new WaveOpenResult(WaveOpenOutcome.MissingSetup, null,
                $"organisation '{organisation.Slug}' needs {string.Join(" and ", missing.Select(m => m.Item1))} before a wave can open; " +
                $"set up with {string.Join(" and ", missing.Select(m => m.Item2))}");
        }

        var id = await InsertAsync(connection, transaction, db.Dialect, organisation.Id, templateId!.Value, strategyVersionId!.Value, plan,
            now, closedAt: null, cancellationToken);

        // Check-back items (docs/domain.md): every measure of the latest workshop held by the opening day that is not
        // dropped, and the measures of earlier workshops that are neither done nor dropped: a second workshop must not
        // silently end the questions about the first one's unfinished measures (issue #17).
        var opensOn = LocalTime.DateOf(plan.OpensAt, organisation.TimeZone);
        await connection.ExecuteAsync(Command("""
            INSERT INTO wave_measure (wave_id, measure_id)
            SELECT @waveId, m.id FROM measure m JOIN workshop k ON k.id = m.workshop_id
            WHERE k.organisation_id = @organisationId AND k.held_on <= @opensOn AND m.status <> 'dropped'
              AND (m.status <> 'done' OR k.id = (
                SELECT MAX(l.id) FROM workshop l WHERE l.organisation_id = @organisationId
                  AND l.held_on = (SELECT MAX(held_on) FROM workshop WHERE organisation_id = @organisationId AND held_on <= @opensOn)))
            """, new { waveId = id, organisationId = organisation.Id, opensOn }, transaction, cancellationToken));

        // docs/anonymity.md: the anonymity thresholds are frozen when the first wave opens.
        await connection.ExecuteAsync(Command(
            "UPDATE organisation SET anonymity_frozen_at = @now WHERE id = @Id AND anonymity_frozen_at IS NULL",
            new { organisation.Id, now }, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new WaveOpenResult(WaveOpenOutcome.Opened, await FindAsync(id, cancellationToken));
    }

    public async Task<Wave?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Wave>(Command(
            $"SELECT {Columns} FROM wave WHERE id = @id", new { id }, null, cancellationToken));
    }

    /// <summary>The organisation's waves, newest first.</summary>
    public async Task<IReadOnlyList<Wave>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Wave>(Command(
            $"SELECT {Columns} FROM wave WHERE organisation_id = @organisationId ORDER BY opens_at DESC, id DESC",
            new { organisationId }, null, cancellationToken));
        return rows.AsList();
    }

    /// <summary>The wave accepting answers now, if any.</summary>
    public async Task<Wave?> CurrentAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return (await ListAsync(organisationId, cancellationToken)).FirstOrDefault(w => w.IsOpenAt(now));
    }

    /// <summary>Closes the wave once; closing it again changes nothing. Returns whether this call closed it.</summary>
    public async Task<bool> CloseAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(Command(
            "UPDATE wave SET closed_at = @now WHERE id = @waveId AND closed_at IS NULL",
            new { waveId, now = clock.GetUtcNow() }, null, cancellationToken));
        return changed == 1;
    }

    /// <summary>Open waves, of every organisation, whose first or second reminder time has come.</summary>
    public async Task<IReadOnlyList<Wave>> RemindersDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Wave>(Command($"""
            SELECT {Columns} FROM wave
            WHERE closed_at IS NULL AND closes_at > @now AND (reminder1_at <= @now OR reminder2_at <= @now)
            ORDER BY id
            """, new { now }, null, cancellationToken))).AsList();
    }

    /// <summary>Waves past their closing time that nobody has closed yet.</summary>
    public async Task<IReadOnlyList<long>> ClosingDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<long>(Command(
            "SELECT id FROM wave WHERE closed_at IS NULL AND closes_at <= @now ORDER BY id", new { now }, null, cancellationToken))).AsList();
    }

    /// <summary>
    /// Closed waves without an analysis whose analysis has not yet failed <paramref name="maxAttempts"/> times,
    /// oldest first: later waves match their themes to the earlier ones.
    /// </summary>
    public async Task<IReadOnlyList<long>> UnanalysedAsync(DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<long>(Command("""
            SELECT w.id FROM wave w
            WHERE (w.closed_at IS NOT NULL OR w.closes_at <= @now)
              AND NOT EXISTS (SELECT 1 FROM analysis a WHERE a.wave_id = w.id)
              AND NOT EXISTS (SELECT 1 FROM wave_problem p WHERE p.wave_id = w.id AND p.step = @step AND p.attempts >= @maxAttempts)
            ORDER BY w.opens_at, w.id
            """, new { now, maxAttempts, step = WaveStep.Analysis }, null, cancellationToken))).AsList();
    }

    /// <summary>Invitations and responses per wave and side, counted (never joined: responses carry no invitation).</summary>
    public async Task<IReadOnlyList<WaveSideCount>> CountsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<WaveSideCount>(Command("""
            SELECT i.wave_id, i.side, COUNT(*) AS invitations,
                   (SELECT COUNT(*) FROM response r WHERE r.wave_id = i.wave_id AND r.side = i.side) AS responses
            FROM invitation i JOIN wave w ON w.id = i.wave_id
            WHERE w.organisation_id = @organisationId
            GROUP BY i.wave_id, i.side
            """, new { organisationId }, null, cancellationToken));
        return rows.AsList();
    }

    /// <summary>The wave row inside the caller's transaction; the demo writes its past waves, closed on their date, through it too.</summary>
    internal static Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, long organisationId,
        long templateId, long strategyVersionId, WavePlan plan, DateTimeOffset createdAt, DateTimeOffset? closedAt, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(Command($"""
            INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at,
                              reminder1_at, reminder2_at, closed_at, created_at){dialect.OutputInsertedId}
            VALUES (@organisationId, @templateId, @strategyVersionId, @ScheduledAt, @OpensAt, @ClosesAt, @Reminder1At, @Reminder2At,
                    @closedAt, @createdAt){dialect.ReturningId}
            """, new
        {
            organisationId,
            templateId,
            strategyVersionId,
            ScheduledAt = plan.ScheduledAt.ToUniversalTime(),
            OpensAt = plan.OpensAt.ToUniversalTime(),
            ClosesAt = plan.ClosesAt.ToUniversalTime(),
            Reminder1At = plan.Reminder1At?.ToUniversalTime(),
            Reminder2At = plan.Reminder2At?.ToUniversalTime(),
            closedAt = closedAt?.ToUniversalTime(),
            createdAt = createdAt.ToUniversalTime(),
        }, transaction, cancellationToken));

    private static CommandDefinition Command(string sql, object parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
