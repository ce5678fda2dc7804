using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Reports;

/// <summary>The demo's monthly report as a sales director reads it: verdict first, measures, own language, any screen.</summary>
public sealed partial class ReportReadingTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_report_opens_with_a_verdict_and_a_next_step_and_lists_the_workshops_measures_with_overdue_ones_flagged(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/o/demo?handler=Report&language=de", TestContext.Current.CancellationToken));

        var verdict = Verdict().Match(html);
        Assert.True(verdict.Success, "no verdict paragraph");
        Assert.Matches("Innen- und Außendienst beschreiben die Strategie", verdict.Value);
        Assert.Contains("Nächster Schritt:", verdict.Value, StringComparison.Ordinal);
        Assert.True(verdict.Index < html.IndexOf("Die Zahlen dahinter", StringComparison.Ordinal), "the verdict does not come before the figures");
        Assert.Contains("Maßnahmen aus dem Workshop vom", html, StringComparison.Ordinal);
        Assert.Contains("Montagsrunde: 15 Minuten pro Tandem", html, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"overdue\"><td>Montagsrunde", html);
        Assert.Contains("– überfällig</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<tr class=\"overdue\"><td>Angebots-Checkliste", html);
        Assert.Contains("<h2>Klarheit und Abweichung im Verlauf</h2>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_overview_shows_key_figures_and_each_earlier_month_opens_its_own_report_with_a_way_back(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var overview = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/o/demo", TestContext.Current.CancellationToken));
        var months = EarlierMonth().Matches(overview).Select(m => (Wave: long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Month: m.Groups[2].Value)).ToList();
        var oldest = months[^1];
        var report = WebUtility.HtmlDecode(await manager.GetStringAsync($"/admin/o/demo?handler=Report&wave={oldest.Wave}&language=de", TestContext.Current.CancellationToken));
        var unknown = await manager.GetAsync($"/admin/o/demo?handler=Report&wave={world.DemoWaveId + 10_000}", TestContext.Current.CancellationToken);

        Assert.Contains("<h3 id=\"key-figures\">Kennzahlen</h3>", overview, StringComparison.Ordinal);
        Assert.Contains("<dt>Klarheitsindex Innendienst (0–100)</dt>", overview, StringComparison.Ordinal);
        Assert.Contains("<dt>Abweichung zwischen den Seiten (0–1, kleiner ist besser)</dt>", overview, StringComparison.Ordinal);
        Assert.Equal(5, months.Count);
        Assert.Equal(world.DemoWaveId, oldest.Wave);
        Assert.Contains($"<p class=\"subtitle\">{oldest.Month}</p>", report, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"back\"><a href=\"/admin/o/demo\">← Zurück zur Übersicht</a></nav>", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Issue17_the_English_report_shows_priorities_and_measures_in_English()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/o/demo?handler=Report&language=en", TestContext.Current.CancellationToken));

        Assert.Contains("<td>Win new customers in the food and packaging industry</td>", html, StringComparison.Ordinal);
        Assert.Contains("Monday round: 15 minutes per tandem", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Neukunden in der Lebensmittel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Montagsrunde", html, StringComparison.Ordinal);
        Assert.Contains("Next step:", html, StringComparison.Ordinal);
        var charts = SvgChart().Matches(html).Select(m => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))).ToList();
        Assert.Equal(6, charts.Count);
        // A viewBox is what lets the drawing scale down to a phone instead of being cut off.
        Assert.All(charts, svg => Assert.Matches("<svg[^>]* viewBox=\"0 0 800 [0-9]+\"", svg));
    }

    [Fact]
    public async Task Issue17_the_report_reads_on_a_360_px_phone_without_sideways_scrolling_and_its_charts_scale()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var phone = await Browser.PhonePageAsync(browser);
            await Browser.SignInAsync(phone, app.BaseAddress, "/admin/o/demo?handler=Report&language=de", AdminWorld.DemoManager, AdminWorld.Password);
            var pageWidth = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var chartWidths = await phone.Locator("figure img").EvaluateAllAsync<int[]>("images => images.map(i => i.getBoundingClientRect().width)");
            var loaded = await phone.Locator("figure img").EvaluateAllAsync<bool[]>("images => images.map(i => i.complete && i.naturalWidth > 0)");
            await phone.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "report-360.png"), FullPage = true });
            var laptop = await Browser.LaptopPageAsync(browser);
            await Browser.SignInAsync(laptop, app.BaseAddress, "/admin/o/demo?handler=Report&language=de", AdminWorld.DemoManager, AdminWorld.Password);
            await laptop.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "report-1280.png"), FullPage = true });

            Assert.InRange(pageWidth, 1, 360);
            Assert.NotEmpty(chartWidths);
            Assert.All(chartWidths, width => Assert.InRange(width, 200, 360));
            Assert.All(loaded, Assert.True);
        }
    }

    [GeneratedRegex("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex SvgChart();

    [GeneratedRegex("<li><a href=\"/admin/o/demo\\?handler=Report&wave=([0-9]+)\">([^<]+)</a></li>")]
    private static partial Regex EarlierMonth();

    [GeneratedRegex("<p class=\"verdict\">.*?</p>", RegexOptions.Singleline)]
    private static partial Regex Verdict();
}
