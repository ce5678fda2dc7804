using MimeKit;

namespace Buerogewitter.Web.Mail;

/// <summary>Without SMTP settings every mail becomes an .eml file, so a laptop trial needs no mail server.</summary>
public sealed class PickupFolderMailSender(MailSettings settings) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.PickupFolder);
        var path = Path.Combine(settings.PickupFolder, $"{Guid.NewGuid():N}.eml");
        // Written under a temporary name and renamed, so a pickup reader never sees half a message.
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
    }
}
