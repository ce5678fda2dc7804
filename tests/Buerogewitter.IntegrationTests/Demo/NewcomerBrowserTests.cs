using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Demo;

/// <summary>What a newcomer does after the README's first command, in a real Chromium.</summary>
public sealed partial class NewcomerBrowserTests
{
    [Fact]
    public async Task Issue17_a_newcomer_gets_from_demo_through_the_start_page_to_the_demo_report()
    {
        await TestDatabases.ResetAsync(Engines.Sqlite);
        var demo = await VerbRunner.RunAsync(Engines.Sqlite, "demo", "--seed-only");
        var manager = ManagerLine().Match(demo.Out);
        Assert.True(manager.Success, demo.Out);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Browser.LaptopPageAsync(browser, app.BaseAddress);
            await page.GotoAsync("/");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "start-1280.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "Demo-Dashboard öffnen" }).ClickAsync();
            await Browser.FillSignInAsync(page, manager.Groups[1].Value, manager.Groups[2].Value);
            var dashboard = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
            await page.GetByRole(AriaRole.Link, new() { NameRegex = LatestReport() }).ClickAsync();
            var report = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

            Assert.Equal("Kesselbach Antriebstechnik GmbH", dashboard);
            Assert.Contains("Kesselbach Antriebstechnik GmbH", report, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("^Monatsbericht .+ öffnen$")]
    private static partial Regex LatestReport();

    [GeneratedRegex(@"^\s+manager\s+(\S+@\S+)\s+password: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ManagerLine();
}
