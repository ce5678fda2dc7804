using System.Net;
using System.Net.Sockets;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Mail;
using Buerogewitter.Web.Pulses;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Buerogewitter.IntegrationTests.Hosting;

public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_health_reports_the_job_server_and_the_mail_servers_last_failure_next_to_the_database(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        var port = UnusedPort();
        await using var app = await TestWebApp.StartAsync(engine,
            new Dictionary<string, string?> { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            builder => builder.Services.AddPulseJobServer());
        using var client = app.Client();
        string before = "";
        // Until the job server's first heartbeat /health answers 503 (jobs: Unhealthy): that is a state to wait out, not a failure.
        await Eventually.HoldsAsync(async () => (before = await (await client.GetAsync("/health", Ct)).Content.ReadAsStringAsync(Ct))
            .Contains("server(s) alive", StringComparison.Ordinal) && !before.Contains("jobs: Unhealthy", StringComparison.Ordinal), "a live job server on /health", seconds: 30);

        var message = new MimeMessage([MailboxAddress.Parse("pulse@example.com")], [MailboxAddress.Parse("someone@example.com")], "Test",
            new TextPart("plain") { Text = "Test" });
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.Services.GetRequiredService<IMailSender>().SendAsync(message, Ct));
        var after = await client.GetAsync("/health", Ct);
        var afterText = await after.Content.ReadAsStringAsync(Ct);

        Assert.Contains("database: Healthy", before, StringComparison.Ordinal);
        Assert.Contains($"mail: Healthy (smtp 127.0.0.1:{port}; no failed send)", before, StringComparison.Ordinal);
        Assert.True(MailProblems.IsMailServerProblem(refused), refused.ToString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.StartsWith("Degraded", afterText, StringComparison.Ordinal);
        Assert.Matches($"mail: Degraded \\(smtp 127\\.0\\.0\\.1:{port}; last send failure [0-9-]+ [0-9:]+Z \\(SocketException \\(ConnectionRefused\\)\\)\\)", afterText);
        Assert.DoesNotContain("someone@example.com", afterText, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
