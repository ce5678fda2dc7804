using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Sends a wave's invitations and reminders in batches. Per batch: fresh tokens are generated in
/// memory, their hashes written, then each mail is sent and its acceptance recorded at once. A batch
/// that fails part-way (SMTP down, process killed) leaves the rest pending: the retry issues new
/// tokens for them, so nobody ends up with two working links and nothing accepted goes out twice.
/// Tokens and links are never logged.
/// </summary>
public sealed partial class PulseMailer(
    InvitationStore invitations, OrganisationStore organisations, IMailSender mail, PulseMail compose, TimeProvider clock,
    ILogger<PulseMailer> logger)
{
    public const int BatchSize = 200;

    /// <summary>Sends one batch of the given kind; returns how many mails the server accepted (0: none pending).</summary>
    public async Task<int> SendBatchAsync(Wave wave, string kind, CancellationToken cancellationToken)
    {
        if (!wave.IsOpenAt(clock.GetUtcNow()))
        {
            return 0;
        }

        var recipients = kind == MailKind.Invite
            ? await invitations.PendingInvitesAsync(wave.Id, BatchSize, cancellationToken)
            : await invitations.PendingRemindersAsync(wave.Id, kind, BatchSize, cancellationToken);
        if (recipients.Count == 0)
        {
            return 0;
        }

        var organisation = await organisations.FindAsync(wave.OrganisationId, cancellationToken)
            ?? throw new InvalidOperationException($"wave {wave.Id} has no organisation");
        // Reminders get a fresh token too: only the hash of the first one was stored, so the reminder
        // cannot repeat it, and a mail without a working link would be useless. The earlier link stops working.
        var tokens = recipients.Select(r => (Recipient: r, Token: InvitationToken.Create())).ToList();
        var invitationIds = await invitations.IssueAsync(wave.Id, tokens.Select(t => (t.Recipient, t.Token.Hash)).ToList(), cancellationToken);
        foreach (var (recipient, token) in tokens)
        {
            await mail.SendAsync(compose.Create(organisation, wave, recipient, kind, token), cancellationToken);
            await invitations.RecordDeliveryAsync(invitationIds[recipient.ParticipantId], kind, cancellationToken);
        }

        LogBatchSent(wave.Id, kind, recipients.Count);
        return recipients.Count;
    }

    /// <summary>Sends batches until nothing of this kind is pending.</summary>
    public async Task<int> SendAllAsync(Wave wave, string kind, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var sent = await SendBatchAsync(wave, kind, cancellationToken); sent > 0; sent = await SendBatchAsync(wave, kind, cancellationToken))
        {
            total += sent;
        }

        return total;
    }

    /// <summary>
    /// Catches up on invitations not yet accepted (new participants, an interrupted send), then sends
    /// the due reminder round to those who have not answered.
    /// </summary>
    public async Task<(int Invites, string? Round, int Reminders)> RemindAsync(Wave wave, bool force, CancellationToken cancellationToken)
    {
        var invites = await SendAllAsync(wave, MailKind.Invite, cancellationToken);
        var round = wave.ReminderRound(clock.GetUtcNow(), await invitations.RoundsSentAsync(wave.Id, cancellationToken), force);
        var reminders = round is null ? 0 : await SendAllAsync(wave, round, cancellationToken);
        return (invites, round, reminders);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {WaveId}: {Count} {Kind} mails accepted")]
    private partial void LogBatchSent(long waveId, string kind, int count);
}
