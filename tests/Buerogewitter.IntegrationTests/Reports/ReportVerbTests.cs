using System.Globalization;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Analysis;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Reports;

public sealed class ReportVerbTests
{
    [Theory]
    [InlineData("de", "Klarheitsbericht", "Klarheitsindex Innendienst: {0:0} von 100")]
    [InlineData("en", "Clarity report", "Clarity index Inside sales: {0:0} of 100")]
    public async Task The_report_shows_the_stored_metrics_of_the_latest_wave_with_its_charts(string language, string title, string clarityFormat)
    {
        var db = await SeedAsync();
        var output = Path.Combine(RepositoryPaths.Root, "TestResults", $"report-{language}");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "report", "--org", "demo", "--month", "latest", "--output", output, "--language", language);

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"), TestContext.Current.CancellationToken);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var latest = await connection.ExecuteScalarAsync<long>("SELECT id FROM wave ORDER BY opens_at DESC LIMIT 1");
        var metrics = await new AnalysisStore(db, TimeProvider.System).MetricsAsync(latest, TestContext.Current.CancellationToken);
        var clarity = metrics.Single(m => m.Side == "inside" && m.Metric == MetricNames.ClarityIndex).Value;
        var culture = CultureInfo.GetCultureInfo(language == "de" ? "de-DE" : "en-GB");
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(string.Format(culture, clarityFormat, clarity), html, StringComparison.Ordinal);
        foreach (var chart in new[] { "theme-shares", "clarity-trend", "divergence-trend", "priority-recall", "perception-gap", "response-rates" })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(output, $"{chart}.png"), TestContext.Current.CancellationToken);
            Assert.True(png.Length > 5_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{chart}.png is not a drawn PNG");
            Assert.Contains($"src=\"{chart}.png\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Raised_thresholds_hide_scores_theme_shares_quotes_and_charts_values()
    {
        var db = await SeedAsync();
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("UPDATE organisation SET score_min_responses = 40, text_min_responses = 40 WHERE slug = 'demo'");
        }

        var output = Path.Combine(RepositoryPaths.Root, "TestResults", "report-suppressed");
        var result = await VerbRunner.RunAsync(Engines.Sqlite, "report", "--org", "demo", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"), TestContext.Current.CancellationToken);
        Assert.Contains("Klarheitsindex Innendienst: ausgeblendet (weniger als 40 Antworten)", html, StringComparison.Ordinal);
        Assert.Contains("Beispielantworten erscheinen erst ab 40 Antworten je Seite", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<q>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("%</td>", html, StringComparison.Ordinal);
        Assert.Contains("ausgeblendet", await File.ReadAllTextAsync(Path.Combine(output, "theme-shares.svg"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_markup_in_an_answer_reaches_the_report_as_text()
    {
        var db = await SeedAsync();
        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(12, "inside", "<b>Marge</b> vor Umsatz <script>alert(1)</script>"),
            .. AnsweredWave.Repeat(12, "field", "Neukunden im Maschinenbau \"gewinnen\" & halten"),
        ]);
        var output = Path.Combine(RepositoryPaths.Root, "TestResults", "report-markup");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "report", "--org", "demo", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"), TestContext.Current.CancellationToken);
        Assert.Contains("&lt;b&gt;Marge&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;gewinnen&quot; &amp; halten", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_without_an_analysed_wave_is_a_usage_error()
    {
        await SeedAsync();

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "report", "--org", "demo", "--month", "2020-01", "--output", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("demo has no closed and analysed wave up to", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_charts_draw_the_same_text_in_a_process_that_sees_no_system_font()
    {
        await SeedAsync();
        var withFonts = Path.Combine(RepositoryPaths.Root, "TestResults", "report-system-fonts");
        var withoutFonts = Path.Combine(RepositoryPaths.Root, "TestResults", "report-no-system-fonts");
        string[] args = ["report", "--org", "demo", "--month", "latest", "--language", "de", "--output"];

        var inProcess = await VerbRunner.RunAsync(Engines.Sqlite, [.. args, withFonts]);
        using var app = AppProcess.StartWithoutSystemFonts(Engines.Sqlite, new Dictionary<string, string?>(), [.. args, withoutFonts]);
        var exit = await app.ExitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(0, inProcess.ExitCode);
        Assert.True(exit == 0, app.Error);
        foreach (var chart in Directory.GetFiles(withFonts, "*.png").Select(Path.GetFileName))
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(withFonts, chart!), TestContext.Current.CancellationToken),
                await File.ReadAllBytesAsync(Path.Combine(withoutFonts, chart!), TestContext.Current.CancellationToken));
        }
    }

    private static async Task<Buerogewitter.Data.Database.Db> SeedAsync()
    {
        await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        return await TestDatabases.CurrentAsync(Engines.Sqlite);
    }
}
