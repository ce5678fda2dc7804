using System.Threading.Channels;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Mail;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// Password reset by mail: a random 128-bit token whose SHA-256 hash alone is stored, valid for one
/// hour and once. The public request answers the same whether or not the address has an account, and
/// equally fast: the form only queues the address, and <see cref="PasswordResetSender"/> looks it up and
/// mails after the answer has gone out, so the time a real account's mail takes cannot be measured.
/// </summary>
public sealed partial class PasswordReset(AdminUserStore users, IMailSender mail, MailSettings settings, IPasswordHasher<AdminUser> hasher,
    ILogger<PasswordReset> logger)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    // Anyone can ask for a reset of any address; one mail per account in this time keeps that from
    // flooding someone's inbox. An earlier link is still valid meanwhile.
    public static readonly TimeSpan RequestInterval = TimeSpan.FromMinutes(5);

    // Bounded, so a flood of requests costs memory no more than this; requests beyond it are dropped.
    private readonly Channel<string> requests = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>The "forgot password" form: queues the address; only an active account gets a mail, at most one per <see cref="RequestInterval"/>.</summary>
    public void Request(string email) => requests.Writer.TryWrite(email);

    internal async Task ProcessRequestsAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (await users.FindAsync(email, stoppingToken) is { Active: true } user
                    && !await users.PasswordResetMadeWithinAsync(user.Id, RequestInterval, stoppingToken))
                {
                    await SendAsync(user, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Mail server or database down: this request is lost (the person asks again), the queue goes on.
                LogRequestFailed(logger, ex);
            }
        }
    }

    public async Task SendAsync(AdminUser user, CancellationToken cancellationToken)
    {
        var token = InvitationToken.Create();
        await users.CreatePasswordResetAsync(user.Id, token.Hash, LinkLifetime, cancellationToken);
        await mail.SendAsync(await MessageAsync(user, new Uri(settings.PublicBaseUrl, $"/admin/reset-password/{token.Text}").ToString(), settings.From), cancellationToken);
    }

    public async Task<AdminUser?> FindAsync(string token, CancellationToken cancellationToken) =>
        InvitationToken.HashOf(token) is { } hash ? await users.PasswordResetUserAsync(hash, cancellationToken) : null;

    public async Task<bool> CompleteAsync(string token, AdminUser user, string password, CancellationToken cancellationToken) =>
        InvitationToken.HashOf(token) is { } hash
        && await users.CompletePasswordResetAsync(hash, user.Id, hasher.HashPassword(user, password), cancellationToken);

    // Accounts carry no language, so the mail speaks both.
    private static async Task<MimeMessage> MessageAsync(AdminUser user, string link, string from)
    {
        var minutes = (int)LinkLifetime.TotalMinutes;
        string[] lines =
        [
            $"Hallo {user.DisplayName},",
            $"mit diesem Link legen Sie ein neues Passwort für Buerogewitter fest. Er gilt {minutes} Minuten lang und nur einmal:",
            link,
            "Haben Sie das nicht angefordert, ignorieren Sie diese E-Mail; Ihr Passwort bleibt, wie es ist.",
            "—",
            $"Hello {user.DisplayName},",
            $"use this link to set a new password for Buerogewitter. It works once, within {minutes} minutes:",
            link,
            "If you did not ask for this, ignore this e-mail; your password stays as it is.",
        ];
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(user.DisplayName, user.Email));
        message.Subject = "Passwort zurücksetzen / Reset your password";
        message.Body = await new MailDocumentModel(null,
            [.. lines.Select(l => l == link ? new MailParagraph(link, MailParagraphKind.Link, link) : new MailParagraph(l))]).ToBodyAsync();
        return message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A requested password reset mail could not be sent")]
    private static partial void LogRequestFailed(ILogger logger, Exception exception);
}

/// <summary>Works through the queued reset requests of this instance while the web host runs.</summary>
public sealed class PasswordResetSender(PasswordReset reset) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => reset.ProcessRequestsAsync(stoppingToken);
}
