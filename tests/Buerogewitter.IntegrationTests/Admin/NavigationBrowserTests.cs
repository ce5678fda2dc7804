using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Admin;

/// <summary>The way into the admin pages as a manager sees it in Chromium: landing, navigation, a refused page.</summary>
public sealed class NavigationBrowserTests
{
    [Fact]
    public async Task Issue17_a_manager_signs_in_to_the_dashboard_sees_it_marked_and_reads_a_friendly_page_where_refused()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;
        var page = await Browser.LaptopPageAsync(browser, app.BaseAddress);

        await page.GotoAsync("/admin/login");
        await Browser.FillSignInAsync(page, AdminWorld.DemoManager, AdminWorld.Password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/o/demo");
        var current = page.Locator("nav.admin-nav [aria-current=page]");
        var currentText = await current.InnerTextAsync();
        var currentWeight = await current.EvaluateAsync<string>("a => getComputedStyle(a).fontWeight");
        var otherWeight = await page.Locator("nav.admin-nav a", new() { HasText = "Workshops" }).EvaluateAsync<string>("a => getComputedStyle(a).fontWeight");
        var groups = await page.Locator("nav.admin-nav .nav-label").AllInnerTextsAsync();
        var refused = await page.GotoAsync("/admin/o/demo/settings");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zur Übersicht" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/o/demo");

        Assert.Equal("Übersicht", currentText);
        Assert.Equal("700", currentWeight);
        Assert.NotEqual("700", otherWeight);
        Assert.Equal(["ALLE ORGANISATIONEN", "KESSELBACH ANTRIEBSTECHNIK GMBH", "IHR KONTO"], groups.Select(g => g.ToUpperInvariant()));
        Assert.Equal(403, refused!.Status);
        Assert.Equal("Kein Zugriff auf diese Seite", heading);
    }
}
