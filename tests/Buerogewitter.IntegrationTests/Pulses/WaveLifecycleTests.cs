using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Pulses;
using Buerogewitter.Web.Reports;
using Dapper;
using Hangfire;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class WaveLifecycleTests
{
    private static readonly string[] Respondents = ["p001@example.com", "p002@example.com", "p003@example.com", "p004@example.com"];

    private static readonly string[] Answers = ["Neukunden gewinnen", "Angebote in 48 Stunden", "Marge vor Menge", "Service ausbauen"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue18_a_wave_opened_with_wave_open_gets_its_reminders_and_closes_on_its_date(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        using var server = world.StartJobServer();
        await world.Get<JobSchedule>().ReconcileAsync(Ct);

        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);

        await RemindedAndClosedOnScheduleAsync(world);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue18_a_wave_opened_by_the_pulse_schedule_is_reminded_and_closed_the_same_way(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        using var server = world.StartJobServer();
        await world.Get<JobSchedule>().ReconcileAsync(Ct);

        world.Get<IRecurringJobManager>().Trigger(JobSchedule.PulseId("acme"));
        await Eventually.HoldsAsync(() => world.Smtp.Received.Count == 12, "the pulse's 12 invitations");

        await RemindedAndClosedOnScheduleAsync(world);
    }

    /// <summary>
    /// Four people answer; the minute tick, run by the job server at three moments of the fake clock, sends
    /// each reminder round to the other eight on days 3 and 5 and closes and analyses the wave on day 7.
    /// </summary>
    private static async Task RemindedAndClosedOnScheduleAsync(PulseWorld world)
    {
        var invites = world.Smtp.Received.ToList();
        await AnswerAsync(world);

        var nonResponders = invites.Select(PulseWorld.Recipient).Except(Respondents).Order(StringComparer.Ordinal).ToList();
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var wave = (await world.Get<WaveStore>().ListAsync(organisation.Id, Ct)).Single();

        world.Clock.Advance(TimeSpan.FromDays(3));
        await TickAsync(world, () => world.Smtp.Received.Count == 12 + 8, "the first reminder round");
        world.Clock.Advance(TimeSpan.FromDays(2));
        await TickAsync(world, () => world.Smtp.Received.Count == 12 + 16, "the second reminder round");
        var beforeClose = world.Clock.GetUtcNow();
        world.Clock.Advance(TimeSpan.FromDays(2));
        await TickAsync(world, () => AnalysedAsync(world, wave.Id).Result, "the close and the analysis");

        var round1 = world.Smtp.Received.Skip(12).Take(8).ToList();
        var round2 = world.Smtp.Received.Skip(20).ToList();
        Assert.Equal(nonResponders, round1.Select(PulseWorld.Recipient).Order(StringComparer.Ordinal));
        Assert.Equal(nonResponders, round2.Select(PulseWorld.Recipient).Order(StringComparer.Ordinal));
        Assert.All(round1.Concat(round2), m => Assert.Matches("^(Erinnerung|Reminder)", m.Subject));
        var closed = (await world.Get<WaveStore>().FindAsync(wave.Id, Ct))!;
        Assert.Equal(PulseWorld.Start.AddDays(7), closed.ClosesAt);
        Assert.InRange(closed.ClosedAt!.Value, beforeClose, world.Clock.GetUtcNow());
        var metrics = await world.Get<AnalysisStore>().MetricsAsync(wave.Id, Ct);
        Assert.Equal(4, metrics.Where(m => m.Metric == MetricNames.Responses && m.Side is "inside" or "field").Sum(m => m.Value));
        Assert.Equal(28, world.Smtp.Received.Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_each_job_run_logs_one_information_line_with_ids_and_counts_and_nothing_personal(string engine)
    {
        var logs = new CapturedLogs();
        await using var world = await PulseWorld.CreateAsync(engine, logs: logs);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        await new AdminOrganisationStore(world.Db).AddManagerAsync(organisation.Id, "chefin@example.com", "Clara Chefin", "de", Ct);

        await world.Get<OpenWaveJob>().RunAsync(organisation.Id, null);
        var wave = (await world.Get<WaveStore>().ListAsync(organisation.Id, Ct)).Single();
        await world.Get<SendInvitationsJob>().RunAsync(wave.Id, 0, Ct);
        await AnswerAsync(world, "Geheimnis aus dem Innendienst: ");

        world.Clock.Advance(TimeSpan.FromDays(3));
        await world.Get<AdvanceWavesJob>().RunAsync(Ct);
        world.Clock.Advance(TimeSpan.FromDays(4));
        await world.Get<AdvanceWavesJob>().RunAsync(Ct);
        await world.Get<ReportDeliveryJob>().RunAsync(organisation.Id);

        var information = logs.Lines.Where(l => l.StartsWith("Buerogewitter", StringComparison.Ordinal) && l.Contains(" Information: ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim()).ToList();
        Assert.Collection(information,
            line => Assert.Equal($"Wave {wave.Id} of acme opened with 12 invitations", line),
            line => Assert.Equal($"Wave {wave.Id}: 12 invitations sent", line),
            line => Assert.Equal($"Wave {wave.Id}: 8 reminders of round reminder1 and 0 late invitations sent", line),
            line => Assert.Matches($"^Wave {wave.Id} closed and analysed: 4 answers, [0-9]+ themes$", line),
            line => Assert.Matches("^Report [0-9]{4}-[0-9]{2} of acme mailed to 1 managers$", line));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("@example.com", StringComparison.Ordinal) || l.Contains("Person ", StringComparison.Ordinal)
            || l.Contains("Geheimnis", StringComparison.Ordinal) || l.Contains("Chefin", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_failed_invitation_job_shows_in_wave_list_until_the_mail_goes_out(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var wave = (await world.Get<WaveLifecycle>().OpenAsync(organisation, PulseWorld.Start, Ct)).Wave!;
        await world.Smtp.StopAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => world.Get<SendInvitationsJob>().RunAsync(wave.Id, 0, Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => world.Get<SendInvitationsJob>().RunAsync(wave.Id, 0, Ct));
        var whileDown = await world.RunAsync("wave", "list", "--org", "acme");
        await world.Smtp.ResumeAsync();
        await world.Get<SendInvitationsJob>().RunAsync(wave.Id, 0, Ct);
        var afterwards = await world.RunAsync("wave", "list", "--org", "acme");

        Assert.Contains("mail failed 2 time(s), last at 2027-01-04 08:00Z: SocketException (ConnectionRefused); the rest goes out with the next reminder, "
            + "or now with: buerogewitter wave remind --org acme", whileDown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", afterwards.Out, StringComparison.Ordinal);
        Assert.Equal(12, world.Smtp.Received.Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_failed_analysis_shows_in_wave_list_is_tried_three_times_and_runs_again_with_wave_analyse(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        await AnswerAsync(world);

        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var wave = (await world.Get<WaveStore>().ListAsync(organisation.Id, Ct)).Single();
        world.Clock.Advance(TimeSpan.FromDays(7));
        VerbResult failing;
        int attempts;
        await using (await TableAway.RenameAsync(world.Db, "analysis_metric"))
        {
            // Four ticks: the close with the first attempt, two more attempts, then it waits for someone.
            for (var tick = 0; tick < 4; tick++)
            {
                world.Clock.Advance(TimeSpan.FromMinutes(1));
                await world.Get<AdvanceWavesJob>().RunAsync(Ct);
            }

            attempts = (await world.Get<WaveProblemStore>().ListAsync(organisation.Id, Ct)).Single().Attempts;
            failing = await world.RunAsync("wave", "list", "--org", "acme");
        }

        var analysed = await world.RunAsync("wave", "analyse", "--org", "acme");
        var healthy = await world.RunAsync("wave", "list", "--org", "acme");

        Assert.Equal(WaveLifecycle.AnalysisAttempts, attempts);
        Assert.NotNull((await world.Get<WaveStore>().FindAsync(wave.Id, Ct))!.ClosedAt);
        Assert.Contains("analysis failed 3 time(s), last at 2027-01-11 08:03Z: ", failing.Out, StringComparison.Ordinal);
        Assert.Contains($"retry with: buerogewitter wave analyse --org acme --wave {wave.Id}", failing.Out, StringComparison.Ordinal);
        Assert.Equal(0, analysed.ExitCode);
        Assert.Contains($"wave {wave.Id} analysed", analysed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", healthy.Out, StringComparison.Ordinal);
        Assert.True(await AnalysedAsync(world, wave.Id));
    }

    /// <summary>The four respondents answer their invitation, each in words of their own (identical answers make no themes).</summary>
    private static async Task AnswerAsync(PulseWorld world, string prefix = "")
    {
        for (var i = 0; i < Respondents.Length; i++)
        {
            await world.AnswerAsync(world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == Respondents[i]), prefix + Answers[i]);
        }
    }

    private static async Task TickAsync(PulseWorld world, Func<bool> done, string what)
    {
        world.Get<IRecurringJobManager>().Trigger(JobSchedule.WavesId);
        await Eventually.HoldsAsync(done, what);
    }

    private static async Task<bool> AnalysedAsync(PulseWorld world, long waveId)
    {
        await using var connection = await world.Db.OpenAsync(Ct);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM analysis WHERE wave_id = @waveId", new { waveId }) == 1;
    }
}
