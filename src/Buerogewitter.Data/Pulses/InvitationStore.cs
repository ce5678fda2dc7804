using System.Globalization;
using System.Security.Cryptography;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Pulses;

/// <summary>Someone who is due a mail of a wave. Properties for Dapper (SQLite returns Int64).</summary>
public sealed record Recipient
{
    public long InvitationId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Language { get; init; }
}

/// <summary>
/// Invitations and their mail deliveries. Opening a wave creates every invitation at once, in
/// multi-row inserts, with a placeholder hash whose token nobody holds. The plain token never reaches
/// the database: a batch is issued (fresh hashes written) right before it is sent, and
/// <c>mail_delivery</c> records what the mail server accepted, so a retried batch skips those and
/// re-issues a fresh token to everyone else. Links already mailed keep working through
/// <c>invitation_link</c>, so whichever mail a person opens works.
/// </summary>
public sealed class InvitationStore(Db db, TimeProvider clock)
{
    // Three parameters a row plus two shared stay below SQL Server's 2,100 parameters per command
    // and its 1,000 rows per row constructor.
    public const int MaxBatch = 500;

    private const int HashBytes = 32;

    /// <summary>
    /// Creates the missing invitations of an open wave, one per active participant; returns how many
    /// it made. Idempotent: a retried or doubled call skips whoever has one (unique wave + participant).
    /// Participants are paged by id (keyset), so each page costs the same however many are done.
    /// </summary>
    public async Task<int> CreateAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var created = 0;
        for (long after = 0; ;)
        {
            var page = (await connection.QueryAsync<(long Id, string Side)>(new CommandDefinition($"""
                SELECT p.id, p.side FROM participant p JOIN wave w ON w.organisation_id = p.organisation_id
                WHERE w.id = @waveId AND w.closed_at IS NULL AND p.active = @active AND p.id > @after
                {db.Dialect.OrderByLimit("p.id", MaxBatch)}
                """, new { waveId, active = true, after }, cancellationToken: cancellationToken))).AsList();
            if (page.Count == 0)
            {
                return created;
            }

            // Who in this page has one already, looked up by a range of the unique index. A NOT EXISTS
            // in the page query let PostgreSQL materialise the wave's invitations for every page
            // (it expects none in a new wave), which grew quadratic: 86 s for 100,000.
            var invited = (await connection.QueryAsync<long>(new CommandDefinition("""
                SELECT participant_id FROM invitation WHERE wave_id = @waveId AND participant_id BETWEEN @first AND @last
                """, new { waveId, first = page[0].Id, last = page[^1].Id }, cancellationToken: cancellationToken))).ToHashSet();
            var missing = page.Where(p => !invited.Contains(p.Id)).ToList();
            after = page[^1].Id;
            if (missing.Count == 0)
            {
                continue;
            }

            var rows = new string[missing.Count];
            var parameters = new DynamicParameters(new { waveId, now = clock.GetUtcNow() });
            for (var i = 0; i < missing.Count; i++)
            {
                rows[i] = string.Create(CultureInfo.InvariantCulture, $"@waveId, @p{i}, @s{i}, @h{i}, @now");
                parameters.Add($"p{i}", missing[i].Id);
                parameters.Add($"s{i}", missing[i].Side);
                // Random bytes in the place of a hash: no token leads to them, so this link cannot be
                // opened; the working one is issued with the mail.
                parameters.Add($"h{i}", RandomNumberGenerator.GetBytes(HashBytes));
            }

            // Ignoring duplicates covers a doubled job that created the same rows since the lookup.
            created += await connection.ExecuteAsync(new CommandDefinition(
                db.Dialect.InsertRowsIgnoringDuplicates("invitation", "wave_id, participant_id, side, token_hash, created_at", rows, "wave_id, participant_id"),
                parameters, cancellationToken: cancellationToken));
        }
    }

    /// <summary>
    /// The next unused invitations after <paramref name="afterInvitationId"/>, in id order, of active
    /// participants of the open wave whose mail of this kind the server has not yet accepted.
    /// </summary>
    public async Task<IReadOnlyList<Recipient>> PendingAsync(
        long waveId, string kind, long afterInvitationId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Recipient>(new CommandDefinition($"""
            SELECT i.id AS invitation_id, p.email, p.display_name, p.language
            FROM invitation i
            JOIN participant p ON p.id = i.participant_id
            JOIN wave w ON w.id = i.wave_id
            WHERE i.wave_id = @waveId AND i.id > @afterInvitationId AND i.used = @used AND p.active = @active AND w.closed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM mail_delivery d WHERE d.invitation_id = i.id AND d.kind = @kind)
            {db.Dialect.OrderByLimit("i.id", Math.Min(limit, MaxBatch))}
            """, new { waveId, afterInvitationId, used = false, active = true, kind }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Writes the hashes of freshly generated tokens for a batch in one transaction. A hash that went
    /// into an earlier mail stays a working link; the placeholder made at opening is simply replaced.
    /// </summary>
    public async Task IssueAsync(IReadOnlyList<(long InvitationId, byte[] TokenHash)> batch, CancellationToken cancellationToken = default)
    {
        var rows = batch.Select(b => new { b.InvitationId, b.TokenHash, used = false, now = clock.GetUtcNow() }).ToList();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO invitation_link (token_hash, invitation_id, created_at)
            SELECT token_hash, id, @now FROM invitation
            WHERE id = @InvitationId AND used = @used AND issued_at IS NOT NULL
            """, rows, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE invitation SET token_hash = @TokenHash, issued_at = @now
            WHERE id = @InvitationId AND used = @used
            """, rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records that the mail server accepted a mail; recording it twice changes nothing. Called for each
    /// mail as soon as it is accepted: a process killed after that resends nothing the server took.
    /// </summary>
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

    /// <summary>
    /// Once a wave is closed, nothing is sent for it any more, so the per-person records kept only to send
    /// each mail once are cut down to what says nothing about answering: which reminders went to whom
    /// (reminders go to non-responders only), the links they carried and when, and who used their link
    /// are dropped; the invitation mails stay, as everyone got one. Every row of the wave's invitations
    /// and responses is also rewritten in this one transaction: PostgreSQL stamps each row with the id of
    /// the transaction that wrote it, and a response and the invitation it used shared one until now.
    /// Returns false, changing nothing, while the wave is open; running it again changes nothing more.
    /// </summary>
    public async Task<bool> ReduceAfterCloseAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { waveId, now = clock.GetUtcNow(), used = true, invite = MailKind.Invite };
        var closed = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM wave WHERE id = @waveId AND (closed_at IS NOT NULL OR closes_at <= @now)",
            parameters, transaction, cancellationToken: cancellationToken));
        if (closed == 0)
        {
            return false;
        }

        const string OfWave = "SELECT id FROM invitation WHERE wave_id = @waveId";
        const string ResponsesOfWave = "SELECT id FROM response WHERE wave_id = @waveId";
        string[] statements =
        [
            $"DELETE FROM mail_delivery WHERE kind <> @invite AND invitation_id IN ({OfWave})",
            $"DELETE FROM invitation_link WHERE invitation_id IN ({OfWave})",
            "UPDATE invitation SET used = @used, issued_at = NULL WHERE wave_id = @waveId",
            "UPDATE response SET wave_id = wave_id WHERE wave_id = @waveId",
            $"UPDATE response_rating SET value = value WHERE response_id IN ({ResponsesOfWave})",
            $"UPDATE response_measure_check SET value = value WHERE response_id IN ({ResponsesOfWave})",
        ];
        foreach (var statement in statements)
        {
            await connection.ExecuteAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
