using Buerogewitter.Data.Organisations;
using Hangfire;

namespace Buerogewitter.Web.Pulses;

/// <summary>Every recurring job, in one place: one pulse per organisation on its own cron and time zone.</summary>
public sealed class JobSchedule(OrganisationStore organisations, IRecurringJobManager recurring)
{
    public static string PulseId(string slug) => $"pulse:{slug}";

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        foreach (var organisation in await organisations.ListAsync(cancellationToken))
        {
            // Without TimeZone Hangfire reads the cron in UTC: "09:00" would drift by an hour twice a year.
            recurring.AddOrUpdate<OpenWaveJob>(PulseId(organisation.Slug), j => j.RunAsync(organisation.Id, null), organisation.PulseCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone) });
        }
    }
}
