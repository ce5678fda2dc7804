using System.Net;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Mail;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// Password reset by mail: a random 128-bit token whose SHA-256 hash alone is stored, valid for one
/// hour and once. The public request answers the same whether or not the address has an account.
/// </summary>
public sealed partial class PasswordReset(AdminUserStore users, IMailSender mail, MailSettings settings, IPasswordHasher<AdminUser> hasher,
    ILogger<PasswordReset> logger)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    /// <summary>The "forgot password" form: mails a link to an active account; an unknown address, or a failed send, changes nothing the caller sees.</summary>
    public async Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(email, cancellationToken) is not { Active: true } user)
        {
            return;
        }

        try
        {
            await SendAsync(user, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or UnauthorizedAccessException
                                       or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException
                                       or MailKit.ServiceNotConnectedException or MailKit.Security.AuthenticationException)
        {
            // An error page here would tell a stranger that the address has an account.
            LogSendFailed(logger, user.Id, ex);
        }
    }

    public async Task SendAsync(AdminUser user, CancellationToken cancellationToken)
    {
        var token = InvitationToken.Create();
        await users.CreatePasswordResetAsync(user.Id, token.Hash, LinkLifetime, cancellationToken);
        await mail.SendAsync(Message(user, new Uri(settings.PublicBaseUrl, $"/admin/reset-password/{token.Text}").ToString()), cancellationToken);
    }

    public async Task<AdminUser?> FindAsync(string token, CancellationToken cancellationToken) =>
        InvitationToken.HashOf(token) is { } hash ? await users.PasswordResetUserAsync(hash, cancellationToken) : null;

    public async Task<bool> CompleteAsync(string token, AdminUser user, string password, CancellationToken cancellationToken) =>
        InvitationToken.HashOf(token) is { } hash
        && await users.CompletePasswordResetAsync(hash, user.Id, hasher.HashPassword(user, password), cancellationToken);

    // Accounts carry no language, so the mail speaks both.
    private MimeMessage Message(AdminUser user, string link)
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
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(user.DisplayName, user.Email));
        message.Subject = "Passwort zurücksetzen / Reset your password";
        message.Body = new BodyBuilder
        {
            TextBody = string.Join("\n\n", lines) + "\n",
            HtmlBody = "<!DOCTYPE html><html><body style=\"font-family: sans-serif; line-height: 1.5; max-width: 36em\">"
                + string.Concat(lines.Select(l => l == link
                    ? $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>"
                    : $"<p>{WebUtility.HtmlEncode(l)}</p>"))
                + "</body></html>",
        }.ToMessageBody();
        return message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Password reset mail for admin account {UserId} could not be sent")]
    private static partial void LogSendFailed(ILogger logger, long userId, Exception exception);
}
