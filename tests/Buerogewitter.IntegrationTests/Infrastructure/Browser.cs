using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright cannot download its own browser here, so the
/// system one is launched with the flags that keep it off the (closed) network.
/// </summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath) && !Engines.InCi)
        {
            Assert.Skip($"{ChromiumPath} is missing: install Debian's chromium package to run browser tests");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>A phone-sized page (360 × 740, touch) as most respondents see the survey.</summary>
    public static Task<IPage> PhonePageAsync(IBrowser browser) => browser.NewPageAsync(new BrowserNewPageOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
    });

    /// <summary>Where tests leave screenshots for a person to look at.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
