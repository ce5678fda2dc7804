using System.Net;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class WorkshopPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string, string)[] Measure(int i, string title, string inside, string field, string due, string status = MeasureStatuses.Open) =>
    [
        ($"Measures[{i}].Title", title), ($"Measures[{i}].OwnerInside", inside), ($"Measures[{i}].OwnerField", field),
        ($"Measures[{i}].DueOn", due), ($"Measures[{i}].Status", status),
    ];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_consultant_records_a_workshop_with_cards_and_three_measures_and_later_changes_a_status(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var people = await WorkshopRecordIssue17Tests.AddOwnersAsync(world);
        var (ina, ian, aldo, fay) = (WorkshopRecordIssue17Tests.Id(people, "Ina Innen"), WorkshopRecordIssue17Tests.Id(people, "Ian Inside"),
            WorkshopRecordIssue17Tests.Id(people, "Aldo Außen"), WorkshopRecordIssue17Tests.Id(people, "Fay Field"));
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var form = await client.GetStringAsync("/admin/o/alpha/workshop", Ct);

        var created = await client.PostAsync("/admin/o/alpha/workshop", AdminWorld.Form(form,
        [
            ("HeldOn", "2027-03-10"), ("Moderator", "Kim Moderation"), ("Goal", "Lösung für lange Angebotszeiten, im Konsens gefunden"),
            ("JointProblem", "Angebote dauern acht Tage."), ("Cards[inside-problem]", "Anfragen kommen unvollständig.\r\n\r\n  Alles ist dringend.  "),
            ("Cards[field-problem]", "Angebote dauern acht Tage."), ("Cards[field-solution]", "Eine Rabattregel."),
            .. Measure(0, "Checkliste", ina, aldo, "2027-04-01"), .. Measure(1, "Montagsrunde", ian, fay, "2027-04-15"),
            .. Measure(2, "Rabattmatrix", ina, fay, "2027-05-01"),
        ]), Ct);
        var location = created.Headers.Location!.OriginalString;
        var workshopId = long.Parse(location.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        var edit = WebUtility.HtmlDecode(await client.GetStringAsync(location, Ct));
        var changed = await client.PostAsync(location, AdminWorld.Form(edit,
        [
            ("HeldOn", "2027-03-10"), ("Moderator", "Kim Moderation"), ("Goal", "Lösung für lange Angebotszeiten, im Konsens gefunden"),
            .. Measure(0, "Checkliste", ina, aldo, "2027-04-01", MeasureStatuses.Done), .. Measure(1, "Montagsrunde", ian, fay, "2027-04-15"),
            .. Measure(2, "Rabattmatrix", ina, fay, "2027-05-01", MeasureStatuses.Dropped),
        ]), Ct);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/workshops", Ct));
        var stored = (await new WorkshopRecordStore(world.Db, TimeProvider.System).LoadAsync(world.AlphaId, workshopId, Ct))!;

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Gespeichert.", edit, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{fay}\" selected=\"selected\">Fay Field</option>", edit, StringComparison.Ordinal);
        Assert.Contains("Anfragen kommen unvollständig.\nAlles ist dringend.</textarea>", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Kim Moderation", list, StringComparison.Ordinal);
        Assert.Contains($"/admin/o/alpha/workshop/{workshopId}/projector", list, StringComparison.Ordinal);
        Assert.Equal([MeasureStatuses.Done, MeasureStatuses.Open, MeasureStatuses.Dropped], stored.Measures.Select(m => m.Status));
        Assert.Empty(stored.Cards);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Missing_fields_and_an_incomplete_measure_are_shown_next_to_their_fields_and_typed_text_is_kept(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var form = await client.GetStringAsync("/admin/o/alpha/workshop", Ct);

        var response = await client.PostAsync("/admin/o/alpha/workshop", AdminWorld.Form(form,
        [
            ("HeldOn", ""), ("Moderator", " "), ("Goal", "Ziel bleibt stehen"), ("Cards[field-matters]", "Spielraum beim Preis"),
            .. Measure(0, "Checkliste", "Ina Innen", "", "2027-04-01"),
        ]), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Bitte prüfen Sie die markierten Felder.", html, StringComparison.Ordinal);
        Assert.Matches("Bitte ein Datum angeben.</p>\\s*<input id=\"held-on\"", html);
        Assert.Matches("Bitte ausfüllen.</p>\\s*<input id=\"moderator\"", html);
        Assert.Matches("Bitte eine aktive Person aus dem Außendienst wählen.</p>\\s*<select id=\"measure-0-field\"", html);
        Assert.Matches("Bitte ausfüllen.</p>\\s*<textarea id=\"measure-1-title\"", html);
        Assert.Contains("Bitte alle drei Maßnahmen vollständig ausfüllen", html, StringComparison.Ordinal);
        Assert.Contains(">Ziel bleibt stehen</textarea>", html, StringComparison.Ordinal);
        Assert.Contains(">Spielraum beim Preis</textarea>", html, StringComparison.Ordinal);
        Assert.Contains(">Checkliste</textarea>", html, StringComparison.Ordinal);
        Assert.Empty(await new WorkshopRecordStore(world.Db, TimeProvider.System).ListAsync(world.AlphaId, Ct));
    }

    [Fact]
    public async Task Agreed_measures_cannot_be_emptied_because_the_pulses_ask_about_them()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var path = $"/admin/o/demo/workshop/{world.DemoWorkshopId}";
        var form = await client.GetStringAsync(path, Ct);

        var response = await client.PostAsync(path, AdminWorld.Form(form, ("HeldOn", "2027-03-10"), ("Moderator", "Kim"), ("Goal", "Ziel")), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Vereinbarte Maßnahmen bleiben erhalten", html, StringComparison.Ordinal);
        Assert.Equal(3, (await new WorkshopRecordStore(world.Db, TimeProvider.System).LoadAsync(world.DemoId, world.DemoWorkshopId, Ct))!.Measures.Count);
    }

    [Fact]
    public async Task Issue17_a_new_workshop_offers_the_methods_goal_as_an_example_in_the_language_of_the_page_not_as_a_value()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var german = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/workshop?lang=de", Ct));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/workshop?lang=en", Ct));

        Assert.Contains("placeholder=\"z. B. Lösung für lange Angebotszeiten, die Außendienst und Innendienst beschäftigen, im Konsens gefunden\"", german, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"e.g. a solution to long quote times, which concern field and inside sales, found by consensus\"", english, StringComparison.Ordinal);
        Assert.Matches("<textarea id=\"goal\"[^>]*></textarea>", german);
        Assert.Contains("What matters to us in working together – Field sales", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_projector_view_shows_both_sides_cards_without_the_admin_navigation(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/o/demo/workshop/{world.DemoWorkshopId}/projector", Ct));

        Assert.DoesNotContain("admin-nav", html, StringComparison.Ordinal);
        Assert.Contains("<body class=\"projector\">", html, StringComparison.Ordinal);
        Assert.Contains("Anfragen kommen oft ohne Stückzahl", html, StringComparison.Ordinal);
        Assert.Contains("Ein Standardangebot braucht fünf bis acht Arbeitstage", html, StringComparison.Ordinal);
        Assert.Contains("Angebots-Checkliste im CRM", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_manager_reads_the_workshops_follow_through_and_comparison_but_may_not_edit(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);
        var root = $"/admin/o/demo/workshop/{world.DemoWorkshopId}";

        var list = await client.GetAsync("/admin/o/demo/workshops", Ct);
        var listHtml = await list.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain($"{root}/projector", listHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{root}/follow-through", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(root, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{root}/projector", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/o/demo/workshop", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Workshop_pages_of_one_organisation_answer_404_for_another_organisations_workshop_id(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var root = $"/admin/o/alpha/workshop/{world.DemoWorkshopId}";
        var form = await client.GetStringAsync("/admin/o/alpha/workshop", Ct);

        foreach (var path in new[] { root, $"{root}/projector", $"{root}/follow-through", $"{root}/compare" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path, Ct)).StatusCode);
        }

        var post = await client.PostAsync(root, AdminWorld.Form(form, ("HeldOn", "2027-03-10"), ("Moderator", "X"), ("Goal", "Y")), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var demo = (await new WorkshopRecordStore(world.Db, TimeProvider.System).LoadAsync(world.DemoId, world.DemoWorkshopId, Ct))!;
        Assert.NotEqual("X", demo.Moderator);
    }
}
