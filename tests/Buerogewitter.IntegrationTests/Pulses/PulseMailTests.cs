using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class PulseMailTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Invitations_speak_the_participants_language_and_give_the_last_working_day_in_berlin(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);

        await world.RunAsync("wave", "open", "--org", "acme");

        var german = world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == "p001@example.com");
        var english = world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == "p003@example.com");
        Assert.StartsWith("Zwei Minuten", german.Subject, StringComparison.Ordinal);
        // The wave closes Monday 11 January 09:00 in Berlin: the last working day still open at its end is Friday (#17.4).
        Assert.Contains("Freitag, 8. Januar 2027", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("ohne Namen", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("ab 5 Antworten, freie Texte erst ab 10", german.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Two minutes", english.Subject, StringComparison.Ordinal);
        Assert.Contains("Friday, 8 January 2027", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("at least 5 answers", english.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://pulse.example.com/s/{PulseWorld.TokenOf(english)}", english.HtmlBody, StringComparison.Ordinal);
    }
}
