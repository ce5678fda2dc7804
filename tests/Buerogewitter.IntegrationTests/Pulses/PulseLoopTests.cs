using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Pulses;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class PulseLoopTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Whole_loop_invites_reminds_only_non_responders_and_stops_at_close(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);

        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        var invites = world.Smtp.Received.ToList();
        Assert.Equal(12, invites.Select(PulseWorld.Recipient).Distinct().Count());
        // Respondents are chosen by who they are (p001 … p005: three inside, two field), never by the order
        // the mails arrived in: no engine promises invitation ids in participant order.
        string[] respondents = ["p001@example.com", "p002@example.com", "p003@example.com", "p004@example.com", "p005@example.com"];
        var answered = invites.Where(m => respondents.Contains(PulseWorld.Recipient(m))).ToList();
        foreach (var mail in answered)
        {
            await world.AnswerAsync(mail);
        }

        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("0 reminders (no reminder due)", (await world.RunAsync("wave", "remind", "--org", "acme")).Out, StringComparison.Ordinal);
        world.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, (await world.RunAsync("wave", "remind", "--org", "acme")).ExitCode);
        var reminders1 = world.Smtp.Received.Skip(12).ToList();
        world.Clock.Advance(TimeSpan.FromDays(2));
        await world.RunAsync("wave", "remind", "--org", "acme");
        var reminders2 = world.Smtp.Received.Skip(12 + reminders1.Count).ToList();
        await world.AnswerAsync(reminders2.Single(m => PulseWorld.Recipient(m) == "p006@example.com"));
        world.Clock.Advance(TimeSpan.FromDays(2));
        var afterClose = await world.RunAsync("wave", "remind", "--org", "acme", "--force");
        var list = await world.RunAsync("wave", "list", "--org", "acme");

        var responders = answered.Select(PulseWorld.Recipient).ToHashSet();
        Assert.Equal(5, answered.Count);
        Assert.Equal(7, reminders1.Count);
        Assert.Equal(7, reminders2.Count);
        Assert.DoesNotContain(reminders1.Concat(reminders2), m => responders.Contains(PulseWorld.Recipient(m)));
        Assert.Equal(1, afterClose.ExitCode);
        Assert.Equal(26, world.Smtp.Received.Count);
        Assert.Contains("closed", list.Out, StringComparison.Ordinal);
        Assert.Contains("50 %", list.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_first_link_still_works_after_a_reminder_brought_a_new_one(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: 2);
        Assert.Equal(0, (await world.RunAsync("wave open", "--org", "acme")).ExitCode);
        var invite = world.Smtp.Received[0];
        Assert.Equal(0, (await world.RunAsync("wave remind", "--org", "acme", "--force")).ExitCode);
        var reminder = world.Smtp.Received.Skip(2).Single(m => PulseWorld.Recipient(m) == PulseWorld.Recipient(invite));
        var surveys = world.Get<SurveyStore>();

        await world.AnswerAsync(invite);

        Assert.NotEqual(PulseWorld.TokenOf(invite), PulseWorld.TokenOf(reminder));
        var throughReminder = await surveys.FindAsync(InvitationToken.HashOf(PulseWorld.TokenOf(reminder))!, TestContext.Current.CancellationToken);
        Assert.True(throughReminder!.Used);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Retried_invite_job_does_not_resend_accepted_mail(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        await world.RunAsync("wave", "open", "--org", "acme");
        var wave = (await world.Get<WaveStore>().ListAsync((await world.Get<Data.Organisations.OrganisationStore>().FindAsync("acme", Ct))!.Id, Ct))[0];

        var resent = await world.Get<PulseMailer>().SendAllAsync(wave, MailKind.Invite, TestContext.Current.CancellationToken);

        Assert.Equal(0, resent);
        Assert.Equal(12, world.Smtp.Received.Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Mail_goes_out_after_the_smtp_server_returns_and_none_twice(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        world.Smtp.RejectAfter(5);

        var open = await world.RunAsync("wave", "open", "--org", "acme");
        await world.Smtp.StopAsync();
        var whileDown = await world.RunAsync("wave", "remind", "--org", "acme");
        await world.Smtp.ResumeAsync();
        world.Smtp.AcceptAll();
        var afterwards = await world.RunAsync("wave", "remind", "--org", "acme");

        Assert.Equal(1, open.ExitCode);
        Assert.Contains("mail server", open.Error, StringComparison.Ordinal);
        Assert.Equal(1, whileDown.ExitCode);
        Assert.Equal(0, afterwards.ExitCode);
        var recipients = world.Smtp.Received.Select(PulseWorld.Recipient).ToList();
        Assert.Equal(12, recipients.Count);
        Assert.Equal(12, recipients.Distinct().Count());
        Assert.All((await world.WorkingLinksAsync()).Values, count => Assert.Equal(1, count));
        Assert.Equal(12, (await world.WorkingLinksAsync()).Count);
    }
}
