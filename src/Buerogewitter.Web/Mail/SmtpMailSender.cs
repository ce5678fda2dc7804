using MailKit.Net.Smtp;
using MimeKit;

namespace Buerogewitter.Web.Mail;

/// <summary>
/// Sends through one SMTP connection, kept open between messages (a new connection per mail would cap
/// throughput far below 200 mails/s). A failed send drops the connection so the next one starts clean.
/// </summary>
public sealed class SmtpMailSender(MailSettings settings) : IMailSender, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SmtpClient? client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var connected = await ConnectAsync(cancellationToken);
            await connected.SendAsync(message, cancellationToken);
        }
        catch
        {
            client?.Dispose();
            client = null;
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true })
        {
            return client;
        }

        client?.Dispose();
        client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? "localhost", settings.SmtpPort, settings.Tls, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        }

        return client;
    }

    public void Dispose()
    {
        client?.Dispose();
        gate.Dispose();
    }
}
