using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Surveys;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Admin;

/// <summary>Each role's main page on a phone (360 px) and a laptop (1280 px), kept as screenshots for a person to look at.</summary>
public sealed class RoleScreensBrowserTests
{
    [Fact]
    public async Task Issue17_each_roles_main_page_fits_a_360_px_phone_and_a_laptop_without_sideways_scrolling()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        var survey = await OpenInvitation.CreateAsync(world.Db, askMeasures: true);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        (string Name, string? Account, string Path)[] screens =
        [
            ("newcomer-start", null, "/"),
            ("employee-survey", null, $"/s/{survey}"),
            ("manager-dashboard", AdminWorld.DemoManager, "/admin/o/demo"),
            ("consultant-workshops", AdminWorld.AlphaConsultant, "/admin/o/alpha/workshops"),
            ("administrator-organisations", AdminWorld.Administrator, "/admin"),
        ];
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var widths = new List<string>();
            foreach (var (name, account, path) in screens)
            {
                foreach (var width in new[] { 360, 1280 })
                {
                    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
                    {
                        BaseURL = app.BaseAddress.ToString(),
                        ViewportSize = new ViewportSize { Width = width, Height = width == 360 ? 740 : 800 },
                        IsMobile = width == 360,
                        HasTouch = width == 360,
                    });
                    var page = await context.NewPageAsync();
                    if (account is not null)
                    {
                        await Browser.SignInAsync(page, app.BaseAddress, path, account, AdminWorld.Password);
                    }
                    else
                    {
                        await page.GotoAsync(path);
                    }

                    await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        widths.Add($"{name} at {width} px is {scrollWidth} px wide");
                    }
                }
            }

            Assert.Empty(widths);
        }
    }
}
