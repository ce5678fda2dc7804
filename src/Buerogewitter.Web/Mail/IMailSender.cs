using MimeKit;

namespace Buerogewitter.Web.Mail;

/// <summary>Hands a message to the mail system. Returning normally means it was accepted.</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
