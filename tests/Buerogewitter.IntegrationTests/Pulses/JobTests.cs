using Buerogewitter.Data.Organisations;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Pulses;
using Dapper;
using Hangfire;
using Hangfire.Storage;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class JobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Pulse_at_nine_in_berlin_runs_at_eight_utc_in_winter_and_seven_utc_in_summer(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var schedule = world.Get<JobSchedule>();
        var recurring = world.Get<IRecurringJobManager>();

        world.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 15, 12, 0, 0, TimeSpan.Zero));
        recurring.RemoveIfExists(JobSchedule.PulseId("acme"));
        await schedule.ReconcileAsync(Ct);
        var summer = NextExecution(world);
        world.Clock.SetUtcNow(new DateTimeOffset(2027, 12, 15, 12, 0, 0, TimeSpan.Zero));
        recurring.RemoveIfExists(JobSchedule.PulseId("acme"));
        await schedule.ReconcileAsync(Ct);
        var winter = NextExecution(world);

        Assert.Equal(new DateTime(2027, 7, 5, 7, 0, 0, DateTimeKind.Utc), summer);
        Assert.Equal(new DateTime(2028, 1, 3, 8, 0, 0, DateTimeKind.Utc), winter);
    }

    [Theory]
    [MemberData(nameof(Engines.Servers), MemberType = typeof(Engines))]
    public async Task Two_job_servers_on_one_database_make_one_wave_and_send_each_mail_once(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: 450);
        var storage = world.Get<JobStorage>();
        await world.Get<JobSchedule>().ReconcileAsync(Ct);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;

        using var first = world.StartJobServer("first");
        using var second = world.StartJobServer("second");
        // A doubled firing: the recurring job triggered twice, and the job enqueued twice by hand.
        world.Get<IRecurringJobManager>().Trigger(JobSchedule.PulseId("acme"));
        world.Get<IRecurringJobManager>().Trigger(JobSchedule.PulseId("acme"));
        world.Get<IBackgroundJobClient>().Enqueue<OpenWaveJob>(j => j.RunAsync(organisation.Id, null));
        await WaitUntilIdleAsync(storage, () => world.Smtp.Received.Count >= 450);

        await using var connection = await world.Db.OpenAsync(Ct);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wave"));
        Assert.Equal(450, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation"));
        Assert.Equal(450, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mail_delivery"));
        Assert.Equal(450, world.Smtp.Received.Count);
        Assert.Equal(450, world.Smtp.Received.Select(PulseWorld.Recipient).Distinct().Count());
        Assert.Equal(450, (await world.WorkingLinksAsync()).Count);
    }

    private static DateTime? NextExecution(PulseWorld world)
    {
        using var connection = world.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([JobSchedule.PulseId("acme")]).Single().NextExecution;
    }

    // By job state, not by queue length: a job fetched from the queue but not yet marked processing still
    // counts as enqueued, so "idle" cannot be seen in the gap between the two.
    private static async Task WaitUntilIdleAsync(JobStorage storage, Func<bool> done)
    {
        var monitoring = storage.GetMonitoringApi();
        await Eventually.HoldsAsync(() =>
        {
            var statistics = monitoring.GetStatistics();
            return done() && statistics.Enqueued == 0 && statistics.Processing == 0;
        }, "all mails sent and no job enqueued or processing");
    }
}
