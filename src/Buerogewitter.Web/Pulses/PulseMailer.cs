using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Sends a wave's invitations and reminders. Every invitation exists before the first mail goes out
/// (<see cref="CreateInvitationsAsync"/>); mail then goes in batches walked by invitation id. Per batch:
/// fresh tokens are generated in memory, their hashes written, then each mail is sent and its
/// acceptance recorded at once. A batch that fails part-way (SMTP down, process killed) leaves the
/// rest pending: the retry issues new tokens for them, so nothing accepted goes out twice.
/// Tokens and links are never logged.
/// </summary>
public sealed partial class PulseMailer(
    InvitationStore invitations, OrganisationStore organisations, IMailSender mail, PulseMail compose, TimeProvider clock,
    ILogger<PulseMailer> logger)
{
    public const int BatchSize = 200;

    /// <summary>Creates the invitations still missing for an open wave (everyone active); returns how many.</summary>
    public async Task<int> CreateInvitationsAsync(Wave wave, CancellationToken cancellationToken) =>
        wave.IsOpenAt(clock.GetUtcNow()) ? await invitations.CreateAsync(wave.Id, cancellationToken) : 0;

    /// <summary>
    /// Sends one batch of the given kind to invitations after <paramref name="afterInvitationId"/>; returns
    /// how many mails the server accepted (0: none pending) and the invitation id to continue after.
    /// </summary>
    public async Task<(int Sent, long Last)> SendBatchAsync(Wave wave, string kind, long afterInvitationId, CancellationToken cancellationToken)
    {
        if (!wave.IsOpenAt(clock.GetUtcNow()))
        {
            return (0, afterInvitationId);
        }

        var recipients = await invitations.PendingAsync(wave.Id, kind, afterInvitationId, BatchSize, cancellationToken);
        if (recipients.Count == 0)
        {
            return (0, afterInvitationId);
        }

        var organisation = await organisations.FindAsync(wave.OrganisationId, cancellationToken)
            ?? throw new InvalidOperationException($"wave {wave.Id} has no organisation");
        // Reminders get a fresh token too: only the hash of the first one was stored, so the reminder
        // cannot repeat it, and a mail without a working link would be useless.
        var tokens = recipients.Select(r => (Recipient: r, Token: InvitationToken.Create())).ToList();
        await invitations.IssueAsync(tokens.Select(t => (t.Recipient.InvitationId, t.Token.Hash)).ToList(), cancellationToken);
        foreach (var (recipient, token) in tokens)
        {
            await mail.SendAsync(await compose.CreateAsync(organisation, wave, recipient, kind, token), cancellationToken);
            // Not cancellable: a mail the server accepted must be recorded even while the process stops.
            await invitations.RecordDeliveryAsync(recipient.InvitationId, kind, CancellationToken.None);
        }

        LogBatchSent(wave.Id, kind, recipients.Count);
        return (recipients.Count, recipients[^1].InvitationId);
    }

    /// <summary>Sends batches until nothing of this kind is pending.</summary>
    public async Task<int> SendAllAsync(Wave wave, string kind, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var (sent, last) = await SendBatchAsync(wave, kind, 0, cancellationToken); sent > 0;
             (sent, last) = await SendBatchAsync(wave, kind, last, cancellationToken))
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
        await CreateInvitationsAsync(wave, cancellationToken);
        var invites = await SendAllAsync(wave, MailKind.Invite, cancellationToken);
        var round = wave.ReminderRound(clock.GetUtcNow(), await invitations.RoundsSentAsync(wave.Id, cancellationToken), force);
        var reminders = round is null ? 0 : await SendAllAsync(wave, round, cancellationToken);
        return (invites, round, reminders);
    }

    // Debug: the lifecycle logs the run as a whole at Information.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Wave {WaveId}: {Count} {Kind} mails accepted")]
    private partial void LogBatchSent(long waveId, string kind, int count);
}
