using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Admin;

/// <summary>The pulse schedule as a consultant sets it in Chromium, on a phone.</summary>
public sealed class SettingsBrowserTests
{
    [Fact]
    public async Task Issue17_a_consultant_picks_the_first_working_day_in_words_and_sees_it_with_the_next_five_dates()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;
        var page = await Browser.PhonePageAsync(browser);
        await Browser.SignInAsync(page, app.BaseAddress, "/admin/o/alpha/settings", AdminWorld.AlphaConsultant, AdminWorld.Password);

        var before = await page.Locator("#schedule-words").InnerTextAsync();
        await page.GetByLabel("Wann beginnt eine Befragungsrunde?").SelectOptionAsync(new SelectOptionValue { Label = "am ersten Werktag (Mo–Fr) im Monat" });
        await page.GetByLabel("Uhrzeit (Zeitzone der Organisation)").FillAsync("07:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("saved=true", StringComparison.Ordinal));
        var after = await page.Locator("#schedule-words").InnerTextAsync();
        var dates = await page.Locator(".send-dates li").AllInnerTextsAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.Equal("am ersten Montag im Monat um 09:00 Uhr", before);
        Assert.Equal("am ersten Werktag (Mo–Fr) im Monat um 07:15 Uhr", after);
        Assert.Equal(5, dates.Count);
        Assert.All(dates, d => Assert.EndsWith("07:15", d, StringComparison.Ordinal));
        Assert.All(dates, d => Assert.DoesNotMatch("^(Samstag|Sonntag)", d));
        Assert.InRange(width, 1, 360);
    }
}
