using System.Diagnostics;
using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Bench.Web;

/// <summary>
/// Invitation mails composed by the real <see cref="PulseMail"/> and sent one after another through the
/// real <see cref="SmtpMailSender"/> (one kept-open connection) to an SMTP server in this process, which
/// shares the machine's cores, or with <c>--port</c> to one already listening on loopback (smtp4dev,
/// Postfix). No database: <c>wave-open --send</c> measures sending with it.
/// </summary>
public static class SmtpThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var messages = int.Parse(BenchSetup.Option(args, "--messages") ?? "5000", CultureInfo.InvariantCulture);
        var port = BenchSetup.Option(args, "--port");
        await using var server = port is null ? LocalSmtpServer.Start() : null;
        var settings = new MailSettings
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = port is null ? server!.Port : int.Parse(port, CultureInfo.InvariantCulture),
            PublicBaseUrl = new Uri("https://pulse.example.com"),
        };
        var compose = new PulseMail(settings);
        using var sender = new SmtpMailSender(settings);
        var now = DateTimeOffset.UtcNow;
        var organisation = new Organisation
        {
            Id = 1,
            Slug = "bench",
            Name = "Bench GmbH",
            TimeZone = OrganisationDefaults.TimeZone,
            Language = OrganisationDefaults.Language,
            PulseCron = OrganisationDefaults.PulseCron,
            CloseAfterDays = OrganisationDefaults.CloseAfterDays,
            ReminderDays = OrganisationDefaults.ReminderDays,
            ScoreMinResponses = OrganisationDefaults.ScoreMinResponses,
            TextMinResponses = OrganisationDefaults.TextMinResponses,
            CreatedAt = now,
        };
        var wave = new Wave { Id = 1, OrganisationId = 1, ScheduledAt = now, OpensAt = now, ClosesAt = now.AddDays(7) };

        Console.WriteLine($"smtp-throughput: {messages} invitation mails to {(server is null ? $"127.0.0.1:{port}" : "an in-process SMTP server")} ({BenchSetup.Load()})");
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < messages; i++)
        {
            var recipient = new Recipient
            {
                InvitationId = i,
                Email = $"person{i}@example.com",
                DisplayName = $"Person {i}",
                Language = i % 3 == 0 ? "en" : "de",
            };
            await sender.SendAsync(await compose.CreateAsync(organisation, wave, recipient, MailKind.Invite, InvitationToken.Create()), CancellationToken.None);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {messages} in {seconds:0.0} s = {messages / seconds:0} messages/s{(server is null ? "" : $", server received {server.Received}")} ({BenchSetup.Load()})"));
        return server is null || server.Received == messages ? 0 : 1;
    }
}
