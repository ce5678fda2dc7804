using System.Diagnostics;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Pulses;
using Dapper;
using Hangfire;

namespace Buerogewitter.IntegrationTests.Pulses;

/// <summary>The sending process killed or stopped: the real executable as a child process, a slow SMTP server in the test.</summary>
public sealed class SenderFaultTests
{
    private const int People = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue3_sender_killed_mid_batch_then_restarted_gives_everyone_exactly_one_invitation_and_one_working_link(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: People);
        world.Smtp.Delay = TimeSpan.FromMilliseconds(15);
        int atKill;
        using (var sender = AppProcess.Start(engine, world.Smtp.Settings(), "wave", "open", "--org", "acme"))
        {
            await sender.WaitUntilAsync(() => world.Smtp.Received.Count >= 40, TimeSpan.FromSeconds(120), "40 invitations accepted");
            sender.Kill();
            atKill = world.Smtp.Received.Count;
        }

        world.Smtp.Delay = TimeSpan.Zero;
        using var restart = AppProcess.Start(engine, world.Smtp.Settings(), "wave", "remind", "--org", "acme");
        var exit = await restart.ExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(0, exit);
        Assert.InRange(atKill, 40, PulseMailer.BatchSize - 1);
        await using var connection = await world.Db.OpenAsync(Ct);
        Assert.Equal(People, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation"));
        Assert.Equal(People, await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT participant_id) FROM invitation"));
        Assert.Equal(People, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mail_delivery WHERE kind = 'invite'"));
        var recipients = world.Smtp.Received.Select(PulseWorld.Recipient).ToList();
        Assert.Equal(People, recipients.Distinct().Count());
        // At least once: only a mail still on the wire when the process died may arrive twice.
        Assert.InRange(recipients.Count - People, 0, 1);
        Assert.Equal(People, (await world.WorkingLinksAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Serve_stops_within_seconds_of_sigterm_while_a_mail_batch_is_running_and_records_what_went_out(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: People);
        // Opened on the test's clock in 2027: to the child, on the real clock, it is open until then.
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var wave = (await world.Get<WaveStore>().OpenAsync(organisation, world.Clock.GetUtcNow(), Ct)).Wave!;
        await world.Get<PulseMailer>().CreateInvitationsAsync(wave, Ct);
        world.Get<IBackgroundJobClient>().Enqueue<SendInvitationsJob>(j => j.RunAsync(wave.Id, 0, CancellationToken.None));
        world.Smtp.Delay = TimeSpan.FromMilliseconds(100);

        using var serve = AppProcess.Start(engine, world.Smtp.Settings(), "serve", "--urls", "http://127.0.0.1:0");
        await serve.WaitUntilAsync(() => world.Smtp.Received.Count >= 3, TimeSpan.FromSeconds(120), "the mail job running");
        var atSigterm = world.Smtp.Received.Count;
        var stopping = Stopwatch.StartNew();
        serve.Terminate();
        var exit = await serve.ExitAsync(TimeSpan.FromSeconds(30));
        var stopped = stopping.Elapsed;

        Assert.Equal(0, exit);
        Assert.True(stopped < TimeSpan.FromSeconds(10), $"serve took {stopped.TotalSeconds:0.0} s to stop");
        // The job saw Hangfire's shutdown token and ended its batch between two mails. Mail goes at 10 a
        // second here: without the token it would run on through Hangfire's 3 s shutdown timeout.
        Assert.InRange(world.Smtp.Received.Count - atSigterm, 0, 15);
        await using var connection = await world.Db.OpenAsync(Ct);
        var recorded = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mail_delivery");
        // Recording an accepted mail is not cancelled; only one still on the wire can be unrecorded.
        Assert.InRange(world.Smtp.Received.Count - recorded, 0, 1);
    }
}
