using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Reports;
using Hangfire;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Every recurring job, in one place: per organisation its pulse on its own cron, and its monthly
/// report on the first working day, both in the organisation's time zone.
/// </summary>
public sealed class JobSchedule(OrganisationStore organisations, IRecurringJobManager recurring)
{
    /// <summary>08:00 on the weekday nearest the 1st of each month (Quartz "W", which Hangfire's Cronos reads).</summary>
    public const string ReportCron = "0 8 1W * *";

    public static string PulseId(string slug) => $"pulse:{slug}";

    public static string ReportId(string slug) => $"report:{slug}";

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        foreach (var organisation in await organisations.ListAsync(cancellationToken))
        {
            // Without TimeZone Hangfire reads the cron in UTC: "09:00" would drift by an hour twice a year.
            var options = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone) };
            recurring.AddOrUpdate<OpenWaveJob>(PulseId(organisation.Slug), j => j.RunAsync(organisation.Id, null), organisation.PulseCron, options);
            recurring.AddOrUpdate<ReportDeliveryJob>(ReportId(organisation.Slug), j => j.RunAsync(organisation.Id), ReportCron, options);
        }
    }
}
