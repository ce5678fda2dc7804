using System.Net;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Pulses;
using Dapper;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class JobScheduleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_an_organisation_another_process_creates_changes_or_deletes_has_its_jobs_in_step_within_half_a_minute(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var clock = new FakeTimeProvider(PulseWorld.Start);
        await using var app = await TestWebApp.StartAsync(engine, configure: builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddPulseJobServer();
        });
        var storage = app.Services.GetRequiredService<JobStorage>();
        Assert.Equal("UTC", Job(storage, JobSchedule.WavesId)?.TimeZoneId);

        // Another process: the verb, with its own services and no job server.
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "org", "create", "--slug", "neu", "--name", "Neu GmbH", "--timezone", "America/New_York")).ExitCode);
        clock.Advance(JobSchedule.ReconcileInterval);
        var created = await JobAsync(storage, JobSchedule.PulseId("neu"), job => job is not null);
        // The reconcile registers the pulse before the report job: wait for that one too.
        var report = await JobAsync(storage, JobSchedule.ReportId("neu"), job => job is not null);

        var organisation = (await new OrganisationStore(db, TimeProvider.System).FindAsync("neu", Ct))!;
        await new AdminOrganisationStore(db).UpdateAsync(organisation.Id, new OrganisationSettings(
            organisation.Name, "Europe/Berlin", "de", "0 7 * * 2", organisation.ScoreMinResponses, organisation.TextMinResponses, false), Ct);
        clock.Advance(JobSchedule.ReconcileInterval);
        var changed = await JobAsync(storage, JobSchedule.PulseId("neu"), job => job?.Cron == "0 7 * * 2");

        await DeleteAsync(db, organisation.Id);
        clock.Advance(JobSchedule.ReconcileInterval);
        await JobAsync(storage, JobSchedule.PulseId("neu"), job => job is null);
        // A pulse that fired just before the delete finds nothing to open and does not fail.
        await app.Services.GetRequiredService<OpenWaveJob>().RunAsync(organisation.Id, null);

        Assert.Equal("0 9 * * 1#1", created!.Cron);
        Assert.Equal("America/New_York", created.TimeZoneId);
        Assert.Equal(JobSchedule.ReportCron, report?.Cron);
        Assert.Equal("Europe/Berlin", changed!.TimeZoneId);
        Assert.Null(Job(storage, JobSchedule.ReportId("neu")));
        Assert.Equal("UTC", Job(storage, JobSchedule.WavesId)?.TimeZoneId);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_an_organisation_created_or_rescheduled_on_the_admin_pages_has_its_jobs_at_once(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        var storage = app.Services.GetRequiredService<JobStorage>();
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var index = await client.GetStringAsync("/admin", Ct);

        var created = await client.PostAsync("/admin", AdminWorld.Form(index, ("Name", "Beta KG"), ("Slug", "beta")), Ct);
        var pulse = Job(storage, JobSchedule.PulseId("beta"));
        var settings = await client.GetStringAsync("/admin/o/beta/settings", Ct);
        var saved = await client.PostAsync("/admin/o/beta/settings", AdminWorld.Form(settings, ("Name", "Beta KG"), ("TimeZone", "Europe/Vienna"),
            ("Language", "de"), ("PulseCron", "30 8 * * 2#2"), ("ScoreMinResponses", "5"), ("TextMinResponses", "10")), Ct);
        var rescheduled = Job(storage, JobSchedule.PulseId("beta"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(("0 9 * * 1#1", "Europe/Berlin"), (pulse?.Cron, pulse?.TimeZoneId));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("30 8 * * 2#2", "Europe/Vienna"), (rescheduled?.Cron, rescheduled?.TimeZoneId));
        Assert.Equal("Europe/Vienna", Job(storage, JobSchedule.ReportId("beta"))?.TimeZoneId);
    }

    private static RecurringJobDto? Job(JobStorage storage, string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs([id]).SingleOrDefault(j => !j.Removed);
    }

    private static async Task<RecurringJobDto?> JobAsync(JobStorage storage, string id, Func<RecurringJobDto?, bool> state)
    {
        RecurringJobDto? job = null;
        await Eventually.HoldsAsync(() => state(job = Job(storage, id)), $"recurring job {id} in the expected state", seconds: 10);
        return job;
    }

    // As another instance's code would: the organisation and what it owns, children first.
    private static async Task DeleteAsync(Db db, long organisationId)
    {
        await using var connection = await db.OpenAsync(Ct);
        await connection.ExecuteAsync("""
            DELETE FROM survey_item WHERE template_id IN (SELECT id FROM survey_template WHERE organisation_id = @organisationId);
            DELETE FROM survey_template WHERE organisation_id = @organisationId;
            DELETE FROM organisation WHERE id = @organisationId;
            """, new { organisationId });
    }
}
