using System.Globalization;
using System.Net;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Pulses;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed class DashboardReportTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_manager_reads_the_monthly_report_on_the_dashboard_with_the_stored_numbers(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var dashboard = await manager.GetStringAsync("/admin/o/demo", TestContext.Current.CancellationToken);
        var report = await manager.GetAsync("/admin/o/demo?handler=Report&language=de", TestContext.Current.CancellationToken);
        var html = await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("?handler=Report", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.DoesNotContain("script-src", report.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var latest = await connection.QueryFirstAsync<long>("SELECT id FROM wave WHERE organisation_id = @DemoId ORDER BY opens_at DESC", world);
        var clarity = (await new AnalysisStore(world.Db, TimeProvider.System).MetricsAsync(latest, TestContext.Current.CancellationToken))
            .Single(m => m.Side == "field" && m.Metric == MetricNames.ClarityIndex).Value;
        Assert.Contains(string.Format(CultureInfo.GetCultureInfo("de-DE"), "Klarheitsindex Außendienst: {0:0} von 100", clarity), html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg+xml;base64,", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_two_waves_opened_at_the_same_time_are_told_apart_by_their_number(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using (var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken))
        {
            var latest = await connection.QueryFirstAsync<Wave>("SELECT id, organisation_id, scheduled_at, opens_at, closes_at FROM wave WHERE organisation_id = @DemoId ORDER BY opens_at DESC", world);
            var (template, strategy) = await connection.QuerySingleAsync<(long, long)>("SELECT template_id, strategy_version_id FROM wave WHERE id = @Id", latest);
            await connection.ExecuteAsync("""
                INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, created_at)
                VALUES (@DemoId, @template, @strategy, @scheduled, @OpensAt, @ClosesAt, @OpensAt)
                """, new { world.DemoId, template, strategy, scheduled = latest.ScheduledAt.AddMinutes(1), latest.OpensAt, latest.ClosesAt });
        }

        await using var app = await TestWebApp.StartAsync(engine);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var dashboard = await manager.GetStringAsync("/admin/o/demo", TestContext.Current.CancellationToken);
        var rows = System.Text.RegularExpressions.Regex.Matches(dashboard, "<tr><th scope=\"row\">([0-9]+)</th><td>([^<]+)</td>")
            .Select(m => (Number: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Opens: m.Groups[2].Value)).ToList();

        Assert.Equal(Enumerable.Range(1, rows.Count).Reverse(), rows.Select(r => r.Number));
        Assert.Equal(rows[0].Opens, rows[1].Opens);
        Assert.Matches("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{2}:[0-9]{2}$", rows[0].Opens);
    }

    [Fact]
    public async Task The_report_of_another_organisation_is_not_found()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);

        var report = await manager.GetAsync("/admin/o/demo?handler=Report", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_failed_analysis_or_mail_of_a_wave_shows_on_the_dashboard_in_german_and_english(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var problems = new WaveProblemStore(world.Db, TimeProvider.System);
        await problems.RecordAsync(world.DemoWaveId, WaveStep.Analysis, "DbException: the disk is full", TestContext.Current.CancellationToken);
        await problems.RecordAsync(world.DemoWaveId, WaveStep.Analysis, "DbException: the disk is full", TestContext.Current.CancellationToken);
        await problems.RecordAsync(world.DemoWaveId, WaveStep.Mail, "SocketException (ConnectionRefused)", TestContext.Current.CancellationToken);
        await using var app = await TestWebApp.StartAsync(engine);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var german = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/o/demo", TestContext.Current.CancellationToken));
        var english = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/o/demo?lang=en", TestContext.Current.CancellationToken));
        await problems.ClearAsync(world.DemoWaveId, WaveStep.Analysis, TestContext.Current.CancellationToken);
        await problems.ClearAsync(world.DemoWaveId, WaveStep.Mail, TestContext.Current.CancellationToken);
        var cleared = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/o/demo", TestContext.Current.CancellationToken));

        Assert.Contains("Die Auswertung ist 2-mal fehlgeschlagen", german, StringComparison.Ordinal);
        Assert.Contains("(DbException: the disk is full)", german, StringComparison.Ordinal);
        Assert.Contains($"buerogewitter wave analyse --org demo --wave {world.DemoWaveId}", german, StringComparison.Ordinal);
        Assert.Contains("Der Versand ist 1-mal fehlgeschlagen", german, StringComparison.Ordinal);
        Assert.Contains("the analysis failed 2 time(s)", english, StringComparison.Ordinal);
        Assert.Contains("sending failed 1 time(s)", english, StringComparison.Ordinal);
        Assert.DoesNotContain("fehlgeschlagen", cleared, StringComparison.Ordinal);
    }
}
