using Buerogewitter.IntegrationTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Surveys;

/// <summary>The survey as a respondent meets it: a phone, a real browser, no test shortcuts.</summary>
public sealed class SurveyBrowserTests
{
    [Fact]
    public async Task A_respondent_answers_on_a_phone_and_the_link_then_says_already_answered()
    {
        var (token, app) = await StartAsync();
        await using var _ = app;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var __ = playwright;
        await using var ___ = browser;
        var page = await Browser.PhonePageAsync(browser);

        await page.GotoAsync($"{app.BaseAddress}s/{token}");
        await page.GetByLabel("Wie sieht unsere aktuelle Vertriebsstrategie aus?").FillAsync("Neukunden in Food und Verpackung, Angebote in 48 Stunden");
        await page.GetByRole(AriaRole.Group, new() { Name = "Ich kenne unsere Vertriebsstrategie" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "survey-phone-de.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort absenden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vielen Dank!" })).ToBeVisibleAsync();
        var again = await page.GotoAsync($"{app.BaseAddress}s/{token}");
        Assert.Equal(410, again!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bereits beantwortet" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_validation_error_keeps_the_typed_text_and_the_language_switch_changes_the_page()
    {
        var (token, app) = await StartAsync();
        await using var _ = app;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var __ = playwright;
        await using var ___ = browser;
        var page = await Browser.PhonePageAsync(browser);

        await page.GotoAsync($"{app.BaseAddress}s/{token}");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByLabel("What matters most to you").FillAsync("Clear priorities, fewer special requests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Please answer this question")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What matters most to you")).ToHaveValueAsync("Clear priorities, fewer special requests");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "survey-phone-en-error.png"), FullPage = true });
    }

    [Fact]
    public async Task The_survey_has_no_serious_or_critical_accessibility_violations()
    {
        var (token, app) = await StartAsync();
        await using var _ = app;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var __ = playwright;
        await using var ___ = browser;
        var page = await Browser.PhonePageAsync(browser);
        await page.GotoAsync($"{app.BaseAddress}s/{token}");

        var results = await page.RunAxe();

        var severe = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.Empty(severe);
    }

    private static async Task<(string Token, TestWebApp App)> StartAsync()
    {
        await TestDatabases.ResetAsync(Engines.Sqlite);
        Assert.Equal(0, (await VerbRunner.RunAsync(Engines.Sqlite, "demo", "--seed-only")).ExitCode);
        var token = await OpenInvitation.CreateAsync(await TestDatabases.CurrentAsync(Engines.Sqlite));
        return (token, await TestWebApp.StartAsync(Engines.Sqlite));
    }
}
