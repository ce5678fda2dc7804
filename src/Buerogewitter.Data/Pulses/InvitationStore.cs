using System.Data.Common;
using System.Globalization;
using System.Text;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Pulses;

/// <summary>Someone who is due a mail of a wave. Properties for Dapper (SQLite returns Int64).</summary>
public sealed record Recipient
{
    public long ParticipantId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Language { get; init; }

    public required string Side { get; init; }
}

/// <summary>
/// Invitations and their mail deliveries. The plain token never reaches the database: a batch is
/// issued (hashes written) right before it is sent, and <c>mail_delivery</c> records what the mail
/// server accepted, so a retried batch skips those and re-issues a fresh token to everyone else.
/// Replacing the hash is what keeps at most one working link per person: a token that may have
/// been lost in a crash stops working the moment its successor is issued.
/// </summary>
public sealed class InvitationStore(Db db, TimeProvider clock)
{
    // Three parameters a row plus two shared stay below SQL Server's 2,100 parameters per command.
    public const int MaxBatch = 500;

    /// <summary>Active participants whose invitation to the wave the mail server has not yet accepted.</summary>
    public async Task<IReadOnlyList<Recipient>> PendingInvitesAsync(long waveId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Recipient>(new CommandDefinition($"""
            SELECT p.id AS participant_id, p.email, p.display_name, p.language, p.side
            FROM wave w
            JOIN participant p ON p.organisation_id = w.organisation_id
            LEFT JOIN invitation i ON i.wave_id = w.id AND i.participant_id = p.id
            WHERE w.id = @waveId AND p.active = @active AND w.closed_at IS NULL
              AND (i.id IS NULL OR NOT EXISTS (SELECT 1 FROM mail_delivery d WHERE d.invitation_id = i.id AND d.kind = @kind))
            ORDER BY p.id{db.Dialect.Limit(Math.Min(limit, MaxBatch))}
            """, new { waveId, active = true, kind = MailKind.Invite }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Invited participants who have not answered and have not had this reminder yet.</summary>
    public async Task<IReadOnlyList<Recipient>> PendingRemindersAsync(long waveId, string kind, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Recipient>(new CommandDefinition($"""
            SELECT p.id AS participant_id, p.email, p.display_name, p.language, p.side
            FROM invitation i
            JOIN participant p ON p.id = i.participant_id
            JOIN wave w ON w.id = i.wave_id
            WHERE i.wave_id = @waveId AND i.used = @used AND p.active = @active AND w.closed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM mail_delivery d WHERE d.invitation_id = i.id AND d.kind = @kind)
            ORDER BY p.id{db.Dialect.Limit(Math.Min(limit, MaxBatch))}
            """, new { waveId, used = false, active = true, kind }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Writes the hashes of freshly generated tokens for a batch in one transaction: new invitations
    /// in one multi-row INSERT, known unused ones get their hash replaced. Returns invitation ids by participant.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, long>> IssueAsync(
        long waveId, IReadOnlyList<(Recipient Recipient, byte[] TokenHash)> batch, CancellationToken cancellationToken = default)
    {
        if (batch.Count > MaxBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(batch), $"at most {MaxBatch} invitations per batch");
        }

        var ids = batch.Select(b => b.Recipient.ParticipantId).ToList();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await IdsAsync(connection, transaction, waveId, ids, cancellationToken);

        var reissued = batch.Where(b => existing.ContainsKey(b.Recipient.ParticipantId))
            .Select(b => new { b.TokenHash, waveId, b.Recipient.ParticipantId, used = false, now = clock.GetUtcNow() }).ToList();
        // The link already sent keeps working: people open whichever mail they find first.
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO invitation_link (token_hash, invitation_id, created_at)
            SELECT token_hash, id, @now FROM invitation
            WHERE wave_id = @waveId AND participant_id = @ParticipantId AND used = @used
            """, reissued, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE invitation SET token_hash = @TokenHash
            WHERE wave_id = @waveId AND participant_id = @ParticipantId AND used = @used
            """, reissued, transaction, cancellationToken: cancellationToken));

        var fresh = batch.Where(b => !existing.ContainsKey(b.Recipient.ParticipantId)).ToList();
        if (fresh.Count > 0)
        {
            var sql = new StringBuilder("INSERT INTO invitation (wave_id, participant_id, side, token_hash, created_at) VALUES ");
            var parameters = new DynamicParameters(new { waveId, now = clock.GetUtcNow() });
            for (var i = 0; i < fresh.Count; i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@waveId, @p{i}, @s{i}, @h{i}, @now)");
                parameters.Add($"p{i}", fresh[i].Recipient.ParticipantId);
                parameters.Add($"s{i}", fresh[i].Recipient.Side);
                parameters.Add($"h{i}", fresh[i].TokenHash);
            }

            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        }

        var result = fresh.Count == 0 ? existing : await IdsAsync(connection, transaction, waveId, ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Records that the mail server accepted a mail; recording it twice changes nothing.</summary>
    public async Task RecordDeliveryAsync(long invitationId, string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            db.Dialect.InsertIgnoringDuplicates("mail_delivery", "invitation_id, kind, accepted_at", "@invitationId, @kind, @now", "invitation_id, kind"),
            new { invitationId, kind, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>The highest reminder round (0, 1 or 2) the mail server has accepted at least one mail of.</summary>
    public async Task<int> RoundsSentAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var kinds = await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT DISTINCT d.kind FROM mail_delivery d JOIN invitation i ON i.id = d.invitation_id WHERE i.wave_id = @waveId
            """, new { waveId }, cancellationToken: cancellationToken));
        return kinds.Contains(MailKind.Reminder2) ? 2 : kinds.Contains(MailKind.Reminder1) ? 1 : 0;
    }

    private static async Task<Dictionary<long, long>> IdsAsync(
        DbConnection connection, DbTransaction transaction, long waveId, IReadOnlyList<long> participantIds, CancellationToken cancellationToken)
    {
        // A range instead of IN @list: Dapper sends lists to Npgsql as one array parameter, which
        // "IN" does not accept; batches are ordered by participant id, so the range is tight.
        var wanted = participantIds.ToHashSet();
        var rows = (await connection.QueryAsync<(long ParticipantId, long Id)>(new CommandDefinition("""
            SELECT participant_id, id FROM invitation WHERE wave_id = @waveId AND participant_id BETWEEN @first AND @last
            """, new { waveId, first = participantIds.Min(), last = participantIds.Max() }, transaction, cancellationToken: cancellationToken)))
            .Where(r => wanted.Contains(r.ParticipantId));
        return rows.ToDictionary(r => r.ParticipantId, r => r.Id);
    }
}
