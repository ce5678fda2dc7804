using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Reports;
using Hangfire;
using Hangfire.Storage;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Every recurring job, in one place, each with a stable id and an explicit time zone: the minute tick
/// of all waves (UTC), and per organisation its pulse on its own cron and its monthly report on the
/// first working day, both in the organisation's time zone. Kept in step with the organisations: the
/// admin pages sync one organisation as they change it, and every <c>serve</c> reconciles all of them
/// every <see cref="ReconcileInterval"/>, which picks up what a verb or another instance changed.
/// </summary>
public sealed partial class JobSchedule(
    OrganisationStore organisations, IRecurringJobManager recurring, JobStorage storage, ILogger<JobSchedule> logger)
{
    /// <summary>08:00 on the weekday nearest the 1st of each month (Quartz "W", which Hangfire's Cronos reads).</summary>
    public const string ReportCron = "0 8 1W * *";

    public const string WavesId = "waves:advance";

    public const string WavesCron = "* * * * *";

    public static readonly TimeSpan ReconcileInterval = TimeSpan.FromSeconds(30);

    private const string PulsePrefix = "pulse:";
    private const string ReportPrefix = "report:";

    public static string PulseId(string slug) => PulsePrefix + slug;

    public static string ReportId(string slug) => ReportPrefix + slug;

    /// <summary>Registers (or updates) the pulse and report of an organisation as it is now.</summary>
    public void Sync(Organisation organisation)
    {
        // Without TimeZone Hangfire reads the cron in UTC: "09:00" would drift by an hour twice a year.
        var options = new RecurringJobOptions { TimeZone = LocalTime.Zone(organisation.TimeZone) };
        recurring.AddOrUpdate<OpenWaveJob>(PulseId(organisation.Slug), j => j.RunAsync(organisation.Id, null), organisation.PulseCron, options);
        recurring.AddOrUpdate<ReportDeliveryJob>(ReportId(organisation.Slug), j => j.RunAsync(organisation.Id), ReportCron, options);
    }

    /// <summary>
    /// Makes the stored recurring jobs match the organisations: adds or updates what differs and removes
    /// the pulse and report of organisations that no longer exist. Touches only what differs, so every
    /// instance can run it often.
    /// </summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var current = await organisations.ListAsync(cancellationToken);
        List<RecurringJobDto> stored;
        using (var connection = storage.GetConnection())
        {
            stored = connection.GetRecurringJobs();
        }

        var byId = stored.ToDictionary(j => j.Id, StringComparer.Ordinal);
        if (!Matches(byId.GetValueOrDefault(WavesId), WavesCron, TimeZoneInfo.Utc.Id))
        {
            recurring.AddOrUpdate<AdvanceWavesJob>(WavesId, j => j.RunAsync(CancellationToken.None), WavesCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }

        foreach (var organisation in current.Where(o => !Matches(byId.GetValueOrDefault(PulseId(o.Slug)), o.PulseCron, o.TimeZone, o.Id)
                     || !Matches(byId.GetValueOrDefault(ReportId(o.Slug)), ReportCron, o.TimeZone, o.Id)))
        {
            Sync(organisation);
            LogSynced(organisation.Slug);
        }

        var expected = current.SelectMany(o => new[] { PulseId(o.Slug), ReportId(o.Slug) }).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in byId.Keys.Where(id => (id.StartsWith(PulsePrefix, StringComparison.Ordinal) || id.StartsWith(ReportPrefix, StringComparison.Ordinal))
                     && !expected.Contains(id)))
        {
            recurring.RemoveIfExists(gone);
            LogRemoved(gone);
        }
    }

    /// <summary>Whether a stored job already runs on this cron and zone, for this organisation (its first argument).</summary>
    private static bool Matches(RecurringJobDto? job, string cron, string timeZone, long? organisationId = null) =>
        job is { Removed: false, LoadException: null, Job: not null }
        && job.Cron == cron
        && job.TimeZoneId == LocalTime.Zone(timeZone).Id
        && (organisationId is null || (job.Job.Args.Count > 0 && job.Job.Args[0] is long id && id == organisationId));

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring jobs of {Organisation} registered")]
    private partial void LogSynced(string organisation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring job {JobId} removed: its organisation no longer exists")]
    private partial void LogRemoved(string jobId);
}
