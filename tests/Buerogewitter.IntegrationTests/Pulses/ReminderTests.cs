using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class ReminderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Remind_force_sends_the_next_round_now_to_non_responders_and_a_third_has_nothing_left(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        var invites = world.Smtp.Received.ToList();
        foreach (var mail in invites.Take(4))
        {
            await world.AnswerAsync(mail);
        }

        // Opening day: no reminder is due, so each round goes out only because it is forced.
        var first = await world.RunAsync("wave", "remind", "--org", "acme", "--force");
        var round1 = world.Smtp.Received.Skip(12).ToList();
        var second = await world.RunAsync("wave", "remind", "--org", "acme", "--force");
        var round2 = world.Smtp.Received.Skip(12 + round1.Count).ToList();
        var third = await world.RunAsync("wave", "remind", "--org", "acme", "--force");

        var responders = invites.Take(4).Select(PulseWorld.Recipient).ToHashSet();
        var nonResponders = invites.Skip(4).Select(PulseWorld.Recipient).Order().ToList();
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("8 reminders (reminder1) sent", first.Out, StringComparison.Ordinal);
        Assert.Equal(nonResponders, round1.Select(PulseWorld.Recipient).Order());
        Assert.Contains("8 reminders (reminder2) sent", second.Out, StringComparison.Ordinal);
        Assert.Equal(nonResponders, round2.Select(PulseWorld.Recipient).Order());
        Assert.All(round1.Concat(round2), m => Assert.Matches("^(Erinnerung|Reminder)", m.Subject));
        Assert.DoesNotContain(round1.Concat(round2), m => responders.Contains(PulseWorld.Recipient(m)));
        Assert.Equal(0, third.ExitCode);
        Assert.Contains("0 reminders (both reminder rounds were already sent)", third.Out, StringComparison.Ordinal);
        Assert.Equal(12 + 16, world.Smtp.Received.Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Remind_force_after_close_is_refused_with_the_reason_and_sends_nothing(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var wave = (await world.Get<WaveStore>().CurrentAsync(organisation.Id, Ct))!;
        world.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await world.Get<WaveStore>().CloseAsync(wave.Id, Ct));

        var forced = await world.RunAsync("wave", "remind", "--org", "acme", "--force");

        Assert.Equal(1, forced.ExitCode);
        Assert.Contains($"wave {wave.Id} of acme closed at 2027-01-04 10:00:00Z", forced.Error, StringComparison.Ordinal);
        Assert.Contains("reminders go out only while a wave is open", forced.Error, StringComparison.Ordinal);
        Assert.Equal(12, world.Smtp.Received.Count);
    }
}
