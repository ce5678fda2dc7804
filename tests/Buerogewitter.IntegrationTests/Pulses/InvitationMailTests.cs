using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Mail;
using Dapper;

namespace Buerogewitter.IntegrationTests.Pulses;

/// <summary>The invitation as it arrives at a real SMTP server.</summary>
public sealed class InvitationMailTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_invitation_greets_as_a_company_states_a_working_day_deadline_and_comes_from_the_organisations_sender(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: 3);
        await using (var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(
                "UPDATE organisation SET mail_from_name = 'Vertriebsleitung Acme', mail_from_address = 'vertrieb@acme.example' WHERE slug = 'acme'");
        }

        // Opens Monday 4 January 2027, 09:00 in Berlin, and closes seven days later at 09:00: the last full working day is Friday.
        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);

        var german = world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == "p001@example.com");
        var english = world.Smtp.Received.Single(m => PulseWorld.Recipient(m) == "p003@example.com");
        Assert.All([german, english], m => Assert.Equal(("Vertriebsleitung Acme", "vertrieb@acme.example"), (m.From.Mailboxes.Single().Name, m.From.Mailboxes.Single().Address)));
        Assert.StartsWith("Guten Tag Person 1,", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("offen bis einschließlich Freitag, 8. Januar 2027.", german.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00", german.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Dear Person 3,", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("open until the end of Friday, 8 January 2027.", english.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Without_an_organisation_sender_the_installations_sender_is_used(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: 1);

        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);

        Assert.Equal(MimeKit.MailboxAddress.Parse(world.Get<MailSettings>().From).Address, world.Smtp.Received.Single().From.Mailboxes.Single().Address);
    }
}
