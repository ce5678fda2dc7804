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

    /// <summary>A laptop-sized page; with <paramref name="baseAddress"/>, relative paths go to the app.</summary>
    public static Task<IPage> LaptopPageAsync(IBrowser browser, Uri? baseAddress = null) => browser.NewPageAsync(new BrowserNewPageOptions
    {
        BaseURL = baseAddress?.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    /// <summary>Signs in through the real sign-in form, which then leads to <paramref name="path"/>, and waits until it does.</summary>
    public static async Task SignInAsync(IPage page, Uri baseAddress, string path, string email, string password)
    {
        await page.GotoAsync(new Uri(baseAddress, $"/admin/login?ReturnUrl={Uri.EscapeDataString(path)}").ToString());
        await FillSignInAsync(page, email, password);
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path);
    }

    /// <summary>Fills and sends the (German) sign-in form the page shows.</summary>
    public static async Task FillSignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
    }

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
