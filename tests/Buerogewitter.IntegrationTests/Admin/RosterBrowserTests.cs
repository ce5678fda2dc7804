using System.Text;
using Buerogewitter.IntegrationTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Admin;

/// <summary>The roster upload in a real Chromium (Debian's, never a downloaded one), at phone width.</summary>
public sealed class RosterBrowserTests
{
    [Fact]
    public async Task A_consultant_uploads_checks_and_confirms_a_roster_in_a_browser_at_360_pixels()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;
        var page = await SignedInRosterPageAsync(browser, app);
        await UploadAsync(page, "email,name,side,tandem,language\nbernadette.oberschwarzenbergerova@alpha.example,Bernadette Oberschwarzenbergerová,field,Tandem Süd,de\n", deactivateMissing: false);
        var preview = await page.Locator("main").InnerTextAsync();
        var previewWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var accessibility = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        Assert.Contains("Die Datei ist in Ordnung", preview, StringComparison.Ordinal);
        Assert.InRange(previewWidth, 1, 360);
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.Equal("Übernommen: 1 neu, 0 geändert, 0 unverändert, 0 deaktiviert.", notice);
        Assert.Contains("Bernadette Oberschwarzenbergerová", await page.Locator("table").Last.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue17_a_German_consultant_reads_roster_errors_in_German_and_sees_who_would_be_deactivated()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;
        var page = await SignedInRosterPageAsync(browser, app);

        await UploadAsync(page, "email,name,side,language\nbo@alpha.example,Bo,aussen,de\n", deactivateMissing: false);
        var errors = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await UploadAsync(page, "email,name,side,language\nbo@alpha.example,Bo Berg,Außendienst,de\n", deactivateMissing: true);
        var warning = await page.Locator("#roster-deactivated").InnerTextAsync();
        var change = await page.Locator("#roster-preview tbody td").First.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        Assert.Contains("Zeile 2: Seite „aussen“ ist keine von Innendienst, Außendienst, Vertriebsleitung.", errors, StringComparison.Ordinal);
        Assert.Contains("1 von 1 aktiven Personen würden deaktiviert:", warning, StringComparison.Ordinal);
        Assert.Contains("Anna Alpha (anna@alpha.example)", warning, StringComparison.Ordinal);
        Assert.Equal("neu", change);
        Assert.Equal("Übernommen: 1 neu, 0 geändert, 0 unverändert, 1 deaktiviert.", notice);
    }

    /// <summary>The roster page of "alpha" at 360 px, reached through the sign-in form as its consultant.</summary>
    private static async Task<IPage> SignedInRosterPageAsync(IBrowser browser, TestWebApp app)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        });
        await page.GotoAsync("/admin/o/alpha/roster");
        await Browser.FillSignInAsync(page, AdminWorld.AlphaConsultant, AdminWorld.Password);
        return page;
    }

    private static async Task UploadAsync(IPage page, string csv, bool deactivateMissing)
    {
        await page.GetByLabel("CSV-Datei").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByLabel("Alle, die nicht in der Datei stehen, deaktivieren").SetCheckedAsync(deactivateMissing);
        await page.GetByRole(AriaRole.Button, new() { Name = "Datei prüfen" }).ClickAsync();
    }
}
