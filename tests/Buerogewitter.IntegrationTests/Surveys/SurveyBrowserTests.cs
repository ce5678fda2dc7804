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
        await using var survey = await SurveyOnPhone.OpenAsync();
        var page = survey.Page;

        await page.GotoAsync(survey.Link);
        await page.GetByLabel("Wie sieht unsere aktuelle Vertriebsstrategie aus?").FillAsync("Neukunden in Food und Verpackung, Angebote in 48 Stunden");
        await page.GetByRole(AriaRole.Group, new() { Name = "Ich kenne unsere Vertriebsstrategie" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "survey-phone-de.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort absenden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vielen Dank!" })).ToBeVisibleAsync();
        var again = await page.GotoAsync(survey.Link);
        Assert.Equal(410, again!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bereits beantwortet" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_validation_error_keeps_the_typed_text_and_the_language_switch_changes_the_page()
    {
        await using var survey = await SurveyOnPhone.OpenAsync();
        var page = survey.Page;

        await page.GotoAsync(survey.Link);
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByLabel("What matters most to you").FillAsync("Clear priorities, fewer special requests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Please answer this question")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What matters most to you")).ToHaveValueAsync("Clear priorities, fewer special requests");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "survey-phone-en-error.png"), FullPage = true });
    }

    [Fact]
    public async Task Issue17_an_English_participant_reads_the_survey_its_measures_the_anonymity_note_and_the_thanks_in_English()
    {
        await using var survey = await SurveyOnPhone.OpenAsync("en");
        var page = survey.Page;

        await page.GotoAsync(survey.Link);
        var form = await page.Locator("form.survey").InnerTextAsync();
        var note = await page.Locator("section.anonymity").BoundingBoxAsync();
        var button = await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).BoundingBoxAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "survey-phone-en.png"), FullPage = true });
        await page.Locator("#strategy").FillAsync("New customers in food and packaging, quotes within 48 hours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you!" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Contains("Quote checklist in the CRM", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Angebots-Checkliste", form, StringComparison.Ordinal);
        Assert.Contains("quoted word for word", form, StringComparison.Ordinal);
        Assert.True(note!.Y + note.Height <= button!.Y, $"the anonymity note ends at {note.Y + note.Height}, below the button at {button.Y}");
        Assert.DoesNotContain("Vielen Dank", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_survey_has_no_serious_or_critical_accessibility_violations()
    {
        await using var survey = await SurveyOnPhone.OpenAsync();
        var page = survey.Page;
        await page.GotoAsync(survey.Link);

        var results = await page.RunAxe();

        var severe = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.Empty(severe);
    }

    /// <summary>The demo with one open invitation, served by the real app, opened in Chromium at phone size.</summary>
    private sealed class SurveyOnPhone : IAsyncDisposable
    {
        private readonly TestWebApp app;
        private readonly IPlaywright playwright;
        private readonly IBrowser browser;

        private SurveyOnPhone(TestWebApp app, IPlaywright playwright, IBrowser browser, IPage page, string link)
        {
            this.app = app;
            this.playwright = playwright;
            this.browser = browser;
            Page = page;
            Link = link;
        }

        public IPage Page { get; }

        public string Link { get; }

        public static async Task<SurveyOnPhone> OpenAsync(string language = "de")
        {
            await DemoSnapshots.RestoreAsync(Engines.Sqlite);
            var token = await OpenInvitation.CreateAsync(await TestDatabases.CurrentAsync(Engines.Sqlite), language, askMeasures: true);
            var app = await TestWebApp.StartAsync(Engines.Sqlite);
            var (playwright, browser) = await Browser.LaunchAsync();
            return new SurveyOnPhone(app, playwright, browser, await Browser.PhonePageAsync(browser), $"{app.BaseAddress}s/{token}");
        }

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            await app.DisposeAsync();
        }
    }
}
