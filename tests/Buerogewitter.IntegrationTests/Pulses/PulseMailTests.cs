using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class PulseMailTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Invitations_speak_the_participants_language_and_give_the_closing_time_in_berlin(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);

        await world.RunAsync("wave", "open", "--org", "acme");

        var german = world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == "p001@example.com");
        var english = world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == "p003@example.com");
        Assert.StartsWith("Zwei Minuten", german.Subject, StringComparison.Ordinal);
        Assert.Contains("Montag, 11. Januar 2027, 09:00", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("ohne Namen", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("ab 5 Antworten, freie Texte erst ab 10", german.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Two minutes", english.Subject, StringComparison.Ordinal);
        Assert.Contains("11 January 2027", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("09:00", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("at least 5 answers", english.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://pulse.example.com/s/{PulseWorld.TokenOf(english)}", english.HtmlBody, StringComparison.Ordinal);
    }
}
