using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Web.Pulses;

public static class PulseServices
{
    /// <summary>Waves, invitations and mail: SMTP when <c>Smtp:Host</c> is set, otherwise the pickup folder.</summary>
    public static IServiceCollection AddPulses(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first needed, not now: the web host adds configuration after registering services.
        services.AddSingleton(_ => MailSettings.Read(configuration));
        services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<MailSettings>() is var settings
            && string.IsNullOrWhiteSpace(settings.SmtpHost)
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
