using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Buerogewitter.Web.Pulses;

public static class PulseServices
{
    /// <summary>Waves, their lifecycle, invitations and mail: SMTP when <c>Smtp:Host</c> is set, otherwise the pickup folder.</summary>
    public static IServiceCollection AddPulses(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first needed, not now: the web host adds configuration after registering services.
        services.AddSingleton(_ => MailSettings.Read(configuration));
        services.AddSingleton<MailServerHealth>();
        services.AddSingleton<IMailSender>(provider => new WatchedMailSender(
            provider.GetRequiredService<MailSettings>() is var settings && string.IsNullOrWhiteSpace(settings.SmtpHost)
                ? new PickupFolderMailSender(settings)
                : new SmtpMailSender(settings),
            provider.GetRequiredService<MailServerHealth>()));
        services.AddSingleton<PulseMail>();
        services.AddSingleton<WaveStore>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<PulseMailer>();
        services.AddSingleton<WaveProblemStore>();
        // The jobs replace this with Hangfire's lock (see AddPulseJobs).
        services.TryAddSingleton<IWaveMailLock, VerbWaveMailLock>();
        services.AddSingleton<WaveLifecycle>();
        services.AddLogging();
        return services;
    }
}
