using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Web.Pulses;

public static class PulseServices
{
    /// <summary>Waves, invitations and mail: SMTP when <c>Smtp:Host</c> is set, otherwise the pickup folder.</summary>
    public static IServiceCollection AddPulses(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = MailSettings.Read(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<IMailSender>(string.IsNullOrWhiteSpace(settings.SmtpHost)
            ? new PickupFolderMailSender(settings)
            : new SmtpMailSender(settings));
        services.AddSingleton<PulseMail>();
        services.AddSingleton<WaveStore>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<PulseMailer>();
        services.AddLogging();
        return services;
    }
}
