using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Buerogewitter.IntegrationTests.Workshops;

/// <summary>The workshop record in a real Chromium on a laptop screen (1280 × 800), as the consultant uses it in the room.</summary>
public sealed class WorkshopBrowserTests
{
    [Fact]
    public async Task A_consultant_records_a_workshop_with_cards_and_three_measures_on_a_laptop_and_shows_the_cards_on_the_projector()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        await WorkshopRecordIssue17Tests.AddOwnersAsync(world);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Browser.LaptopPageAsync(browser, app.BaseAddress);
            await SignInAsync(page, "/admin/o/alpha/workshops", AdminWorld.AlphaConsultant);
            await page.GetByRole(AriaRole.Link, new() { Name = "Neuer Workshop" }).ClickAsync();

            await page.GetByLabel("Moderation").FillAsync("Kim Moderation");
            await page.GetByLabel("Ziel der Einladung").FillAsync("Lösung für lange Angebotszeiten, im Konsens gefunden");
            await page.GetByLabel("Problem – Innendienst").FillAsync("Anfragen kommen ohne Stückzahl.\nEin Drittel ist als dringend markiert.");
            await page.GetByLabel("Problem – Außendienst").FillAsync("Ein Standardangebot braucht acht Arbeitstage.");
            await page.GetByLabel("Gemeinsame Problemdefinition").FillAsync("Angebote dauern zu lange, weil Anfragen unvollständig übergeben werden.");
            await page.GetByLabel("Was uns in der Zusammenarbeit wichtig ist – Außendienst").FillAsync("Schnelle Reaktion beim Kunden.");
            await page.GetByLabel("So würden wir das Problem lösen – Innendienst").FillAsync("Checkliste mit Pflichtangaben im CRM.");
            string[] titles = ["Checkliste im CRM", "Montagsrunde im Tandem", "Rabattmatrix bis 8 %"];
            for (var i = 0; i < titles.Length; i++)
            {
                await page.Locator($"#measure-{i}-title").FillAsync(titles[i]);
                await page.Locator($"#measure-{i}-inside").SelectOptionAsync(new SelectOptionValue { Label = i == 1 ? "Ian Inside" : "Ina Innen" });
                await page.Locator($"#measure-{i}-field").SelectOptionAsync(new SelectOptionValue { Label = i == 1 ? "Fay Field" : "Aldo Außen" });
                await page.Locator($"#measure-{i}-due").FillAsync($"2027-0{i + 4}-01");
            }

            await page.Locator("#measure-1-status").SelectOptionAsync("in_progress");
            await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
            var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
            var formWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var accessibility = await page.RunAxe();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "workshop-record-1280.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "Beamer-Ansicht" }).ClickAsync();
            var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
            var inside = await page.GetByText("Anfragen kommen ohne Stückzahl.").BoundingBoxAsync();
            var field = await page.GetByText("Ein Standardangebot braucht acht Arbeitstage.").BoundingBoxAsync();
            var cardFontSize = await page.GetByText("Anfragen kommen ohne Stückzahl.").EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
            var projectorWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var measures = await page.Locator("ol.measures").InnerTextAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "workshop-projector-1280.png"), FullPage = true });

            Assert.Equal("Gespeichert. 4 verantwortliche Person(en) per E-Mail informiert.", notice);
            Assert.InRange(formWidth, 1, 1280);
            Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
            Assert.Equal("Lösung für lange Angebotszeiten, im Konsens gefunden", heading);
            Assert.True(inside!.X + inside.Width <= field!.X, $"inside card at {inside.X}+{inside.Width}, field card at {field.X}: not side by side");
            Assert.InRange(inside.Y - field.Y, -5, 5);
            Assert.True(double.Parse(cardFontSize.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 24, $"card text is {cardFontSize}");
            Assert.InRange(projectorWidth, 1, 1280);
            Assert.Equal(0, await page.Locator(".admin-nav").CountAsync());
            Assert.All(titles, title => Assert.Contains(title, measures, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Issue17_a_consultant_deletes_a_workshop_only_after_confirming_and_cancelling_keeps_it()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        var store = new Buerogewitter.Data.Workshops.WorkshopRecordStore(world.Db, TimeProvider.System);
        await store.CreateAsync(world.AlphaId, WorkshopRecordStoreTests.Sample(), TestContext.Current.CancellationToken);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Browser.LaptopPageAsync(browser, app.BaseAddress);
            await SignInAsync(page, "/admin/o/alpha/workshops", AdminWorld.AlphaConsultant);
            await page.GetByRole(AriaRole.Link, new() { Name = "Bearbeiten" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Workshop löschen" }).ClickAsync();
            var question = await page.GetByRole(AriaRole.Alertdialog).InnerTextAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Abbrechen" }).ClickAsync();
            var afterCancel = (await store.ListAsync(world.AlphaId, TestContext.Current.CancellationToken)).Count;
            await page.GetByRole(AriaRole.Link, new() { Name = "Workshop löschen" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();
            var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();

            Assert.Contains("Den Workshop vom 10.03.2027 mit allen Karten und Maßnahmen endgültig löschen?", question, StringComparison.Ordinal);
            Assert.Equal(1, afterCancel);
            Assert.Equal("Der Workshop vom 10.03.2027 ist gelöscht.", notice);
            Assert.Empty(await store.ListAsync(world.AlphaId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Bearbeiten" }).CountAsync());
        }
    }

    [Fact]
    public async Task Issue17_a_manager_reads_on_a_phone_which_measure_is_overdue_and_how_each_side_rates_it_with_interval_and_trend()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        var store = new Buerogewitter.Data.Workshops.WorkshopRecordStore(world.Db, TimeProvider.System);
        var sample = WorkshopRecordStoreTests.Sample();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = (await store.CreateAsync(world.AlphaId, sample with
        {
            HeldOn = today.AddDays(-90),
            Measures = [sample.Measures[0] with { DueOn = today.AddDays(-20), Status = Buerogewitter.Core.Workshops.MeasureStatuses.InProgress }, sample.Measures[1], sample.Measures[2]],
        }, TestContext.Current.CancellationToken)).Id;
        var measures = (await store.LoadAsync(world.AlphaId, id, TestContext.Current.CancellationToken))!.Measures.Select(m => m.Id).ToList();
        var now = DateTimeOffset.UtcNow;
        await FollowThroughTests.InsertWaveAsync(world, measures, now.AddDays(-70), now.AddDays(-63), inside: [4, 4, 5, 3, 4, 4], field: [3, 4, 2, 3, 4, 3]);
        await FollowThroughTests.InsertWaveAsync(world, measures, now.AddDays(-40), now.AddDays(-33), inside: [2, 2, 1, 2, 2, 3], field: [4, 3, 3, 4, 2, 4]);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Browser.PhonePageAsync(browser);
            await Browser.SignInAsync(page, app.BaseAddress, "/admin/o/alpha/workshops", AdminWorld.AlphaManager, AdminWorld.Password);
            var listFlag = await page.Locator("td strong.overdue").InnerTextAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Umsetzung" }).First.ClickAsync();
            var first = page.Locator("section.measure-history").First;
            var hint = await first.Locator("p.hint").InnerTextAsync();
            var inside = await first.Locator("tbody tr").Nth(1).Locator("td").First.InnerTextAsync();
            var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "workshop-follow-through-360.png"), FullPage = true });

            Assert.Equal("1 überfällig", listFlag);
            Assert.EndsWith("– überfällig", hint, StringComparison.Ordinal);
            Assert.Contains("2,0 von 5 [1,5; 2,5] (6 Antworten)", inside, StringComparison.Ordinal);
            Assert.Contains("↓ niedriger als in der Befragung davor: −2,0 [−2,7; −1,3]", inside, StringComparison.Ordinal);
            Assert.InRange(pageWidth, 1, 360);
        }
    }

    [Fact]
    public async Task The_compare_page_of_the_demo_workshop_prints_on_one_A4_page_with_its_chart()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString() });
            await SignInAsync(page, $"/admin/o/demo/workshop/{world.DemoWorkshopId}/compare", AdminWorld.DemoManager);
            var chartWidth = await page.Locator("figure img").EvaluateAsync<int>("e => e.naturalWidth");
            var path = Path.Combine(Browser.ScreenshotFolder, "workshop-compare.pdf");
            var pdf = await page.PdfAsync(new() { Path = path, PreferCSSPageSize = true, PrintBackground = true });

            Assert.True(chartWidth > 0, "the chart did not load under the page's content security policy");
            Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]"));
        }
    }

    private static async Task SignInAsync(IPage page, string path, string email)
    {
        await page.GotoAsync(path);
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort").FillAsync(AdminWorld.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
    }
}
