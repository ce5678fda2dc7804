using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Pulses;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Pulses;
using Buerogewitter.Web.Reports;
using Dapper;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Buerogewitter.IntegrationTests.Reports;

public sealed class ReportDeliveryTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_monthly_job_mails_each_manager_the_report_in_their_language_once(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("""
                INSERT INTO organisation_manager (organisation_id, email, display_name, language)
                SELECT id, 'leitung@kesselbach-demo.example', 'Vertriebsleitung', 'de' FROM organisation WHERE slug = 'demo';
                INSERT INTO organisation_manager (organisation_id, email, display_name, language)
                SELECT id, 'ceo@kesselbach-demo.example', 'CEO', 'en' FROM organisation WHERE slug = 'demo';
                """);
        }

        await using var smtp = await SmtpSink.StartAsync();
        var configuration = VerbRunner.Configuration(engine, smtp.Settings());
        await using var services = new ServiceCollection().AddSingleton(configuration).AddBuerogewitter(configuration).AddPulseJobs().BuildServiceProvider();
        long organisationId;
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            organisationId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'demo'");
        }

        await services.GetRequiredService<ReportDeliveryJob>().RunAsync(organisationId);
        await services.GetRequiredService<ReportDeliveryJob>().RunAsync(organisationId);

        Assert.Equal(2, smtp.Received.Count);
        var german = smtp.Received.Single(m => PulseWorld.Recipient(m) == "leitung@kesselbach-demo.example");
        var english = smtp.Received.Single(m => PulseWorld.Recipient(m) == "ceo@kesselbach-demo.example");
        Assert.StartsWith("Klarheitsbericht", german.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Clarity report", english.Subject, StringComparison.Ordinal);
        Assert.Contains("src=\"cid:", german.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(6, german.BodyParts.OfType<MimeKit.MimePart>().Count(p => p.ContentType.MimeType == "image/png"));
        Assert.Contains("Klarheitsindex Innendienst", german.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_goes_out_on_the_first_working_day_at_eight_in_berlin()
    {
        await using var world = await PulseWorld.CreateAsync(Engines.Sqlite);

        // 1 February 2027 is a Monday (winter time); 1 May 2027 a Saturday, so Monday the 3rd (summer time).
        Assert.Equal(new DateTime(2027, 2, 1, 7, 0, 0, DateTimeKind.Utc), await NextReportAsync(world, new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTime(2027, 5, 3, 6, 0, 0, DateTimeKind.Utc), await NextReportAsync(world, new DateTimeOffset(2027, 4, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    private static async Task<DateTime?> NextReportAsync(PulseWorld world, DateTimeOffset now)
    {
        world.Clock.SetUtcNow(now);
        world.Get<IRecurringJobManager>().RemoveIfExists(JobSchedule.ReportId("acme"));
        await world.Get<JobSchedule>().ReconcileAsync(TestContext.Current.CancellationToken);
        using var connection = world.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([JobSchedule.ReportId("acme")]).Single().NextExecution;
    }
}
