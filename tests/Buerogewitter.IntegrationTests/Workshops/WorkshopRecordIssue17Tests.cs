using System.Globalization;
using System.Net;
using Buerogewitter.Core.Demo;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Demo;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Workshops;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Pulses;
using Dapper;

namespace Buerogewitter.IntegrationTests.Workshops;

/// <summary>The workshop record of issue #17 (point 11): owners from the roster and their mail, duplicates, delete, overdue flags.</summary>
public sealed class WorkshopRecordIssue17Tests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Alpha's roster gets two people on each side (one of them English) and a field person who has left.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> AddOwnersAsync(AdminWorld world)
    {
        var roster = RosterFile.Parse("""
            email,name,side,tandem,language
            ina@alpha.example,Ina Innen,inside,T1,de
            ian@alpha.example,Ian Inside,inside,T2,en
            aldo@alpha.example,Aldo Außen,field,T1,de
            fay@alpha.example,Fay Field,field,T2,en
            olaf@alpha.example,Olaf Alt,field,T2,de
            """.Replace("\r", "", StringComparison.Ordinal) + "\n");
        var store = new ParticipantStore(world.Db, TimeProvider.System);
        await store.ImportAsync(world.AlphaId, roster.Entries, deactivateMissing: false, Ct);
        await using var connection = await world.Db.OpenAsync(Ct);
        await connection.ExecuteAsync("UPDATE participant SET active = @inactive WHERE email = 'olaf@alpha.example'", new { inactive = false });
        return (await store.ListAsync(world.AlphaId, Ct)).ToDictionary(p => p.DisplayName, p => p.Id);
    }

    /// <summary>The two tenants, and alpha with the sample workshop (typed owners, measures no wave asked about).</summary>
    private static async Task<(AdminWorld World, WorkshopRecordStore Store, long Id)> AlphaWithSampleAsync(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        return (world, store, (await store.CreateAsync(world.AlphaId, WorkshopRecordStoreTests.Sample(), Ct)).Id);
    }

    public static string Id(IReadOnlyDictionary<string, long> people, string name) => people[name].ToString(CultureInfo.InvariantCulture);

    private static (string, string)[] Header(string heldOn) => [("HeldOn", heldOn), ("Moderator", "Kim Moderation"), ("Goal", "Kürzere Angebotszeiten")];

    private static (string, string)[] Measure(int i, string title, string inside, string field, string due, string status = MeasureStatuses.Open) =>
    [
        ($"Measures[{i}].Title", title), ($"Measures[{i}].OwnerInside", inside), ($"Measures[{i}].OwnerField", field),
        ($"Measures[{i}].DueOn", due), ($"Measures[{i}].Status", status),
    ];

    private static (string, string)[] ThreeMeasures(IReadOnlyDictionary<string, long> people) =>
    [
        .. Measure(0, "Checkliste", Id(people, "Ina Innen"), Id(people, "Aldo Außen"), "2027-04-01"),
        .. Measure(1, "Montagsrunde", Id(people, "Ian Inside"), Id(people, "Fay Field"), "2027-04-15"),
        .. Measure(2, "Rabattmatrix", Id(people, "Ina Innen"), Id(people, "Fay Field"), "2027-05-01"),
    ];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_owners_chosen_from_the_roster_get_one_mail_each_in_their_language_and_saving_again_mails_nobody_twice(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var people = await AddOwnersAsync(world);
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestWebApp.StartAsync(engine, sink.Settings("http://pulse.example.com"));
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var form = await client.GetStringAsync("/admin/o/alpha/workshop", Ct);

        var created = await client.PostAsync("/admin/o/alpha/workshop", AdminWorld.Form(form, [.. Header("2027-03-10"), .. ThreeMeasures(people)]), Ct);
        var location = created.Headers.Location!.OriginalString;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(location, Ct));
        var again = await client.PostAsync(location.Split('?')[0], AdminWorld.Form(page,
            [.. Header("2027-03-10"), .. ThreeMeasures(people).Select(f => f.Item1 == "Measures[1].Status" ? (f.Item1, MeasureStatuses.InProgress) : f)]), Ct);
        var mails = sink.Received.ToDictionary(PulseWorld.Recipient);
        var stored = (await new WorkshopRecordStore(world.Db, TimeProvider.System).ListAsync(world.AlphaId, Ct)).Single();

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("4 verantwortliche Person(en) per E-Mail informiert.", page, StringComparison.Ordinal);
        Assert.Equal(["aldo@alpha.example", "fay@alpha.example", "ian@alpha.example", "ina@alpha.example"], mails.Keys.Order());
        var ina = mails["ina@alpha.example"].TextBody;
        Assert.Contains("Guten Tag Ina Innen,", ina, StringComparison.Ordinal);
        Assert.Contains("„Checkliste“ – Sie im Innendienst, Aldo Außen im Außendienst; fällig am Donnerstag, 1. April 2027.", ina, StringComparison.Ordinal);
        Assert.Contains("„Rabattmatrix“ – Sie im Innendienst, Fay Field im Außendienst; fällig am Samstag, 1. Mai 2027.", ina, StringComparison.Ordinal);
        Assert.Contains("“Montagsrunde” – you in field sales, Ian Inside in inside sales; due on Thursday, 15 April 2027.", mails["fay@alpha.example"].TextBody, StringComparison.Ordinal);
        Assert.Equal(["Ina Innen", "Ian Inside", "Ina Innen"], stored.Measures.Select(m => m.OwnerInside));
        Assert.Equal([people["Ina Innen"], people["Ian Inside"], people["Ina Innen"]], stored.Measures.Select(m => m.OwnerInsideId!.Value));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_an_owner_typed_as_text_or_who_has_left_is_refused_next_to_the_field_and_nothing_is_stored(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var people = await AddOwnersAsync(world);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var form = await client.GetStringAsync("/admin/o/alpha/workshop", Ct);

        var response = await client.PostAsync("/admin/o/alpha/workshop", AdminWorld.Form(form,
        [
            .. Header("2027-03-10"), .. Measure(0, "Checkliste", "Ina Innen", Id(people, "Olaf Alt"), "2027-04-01"),
            .. Measure(1, "Montagsrunde", Id(people, "Aldo Außen"), Id(people, "Fay Field"), "2027-04-15"),
            .. Measure(2, "Rabattmatrix", Id(people, "Ina Innen"), Id(people, "Fay Field"), "2027-05-01"),
        ]), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("Bitte eine aktive Person aus dem Innendienst wählen.</p>\\s*<select id=\"measure-0-inside\"", html);
        Assert.Matches("Bitte eine aktive Person aus dem Außendienst wählen.</p>\\s*<select id=\"measure-0-field\"", html);
        Assert.Matches("Bitte eine aktive Person aus dem Innendienst wählen.</p>\\s*<select id=\"measure-1-inside\"", html);
        Assert.DoesNotContain("Olaf Alt", html, StringComparison.Ordinal);
        Assert.Empty(await new WorkshopRecordStore(world.Db, TimeProvider.System).ListAsync(world.AlphaId, Ct));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_workshop_recorded_with_typed_owners_keeps_them_when_only_a_status_changes(string engine)
    {
        var (world, store, id) = await AlphaWithSampleAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var path = $"/admin/o/alpha/workshop/{id}";

        var form = WebUtility.HtmlDecode(await client.GetStringAsync(path, Ct));
        var saved = await client.PostAsync(path, AdminWorld.Form(form,
        [
            .. Header("2027-03-10"), .. Measure(0, "Checkliste", "Ina Innen", "Aldo Außen", "2027-04-01", MeasureStatuses.Done),
            .. Measure(1, "Montagsrunde", "Ines Innen", "Axel Außen", "2027-04-15"), .. Measure(2, "Rabattmatrix", "Iris Innen", "Anton Außen", "2027-05-01"),
        ]), Ct);
        var stored = (await store.LoadAsync(world.AlphaId, id, Ct))!;

        Assert.Contains("<option value=\"Ina Innen\" selected>Ina Innen (früher als Text erfasst)</option>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Ina Innen", "Ines Innen", "Iris Innen"], stored.Measures.Select(m => m.OwnerInside));
        Assert.All(stored.Measures, m => Assert.Null(m.OwnerInsideId));
        Assert.Equal(MeasureStatuses.Done, stored.Measures[0].Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_second_workshop_on_the_same_day_is_refused_with_a_link_to_the_first_and_a_double_submit_stores_one(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var people = await AddOwnersAsync(world);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var form = await client.GetStringAsync("/admin/o/alpha/workshop", Ct);
        var fields = AdminWorld.Form(form, [.. Header("2027-03-10"), .. ThreeMeasures(people)]);
        var body = await fields.ReadAsStringAsync(Ct);

        // The same form sent twice at once, as a double click does.
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync("/admin/o/alpha/workshop",
            new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), Ct)));
        var stored = await new WorkshopRecordStore(world.Db, TimeProvider.System).ListAsync(world.AlphaId, Ct);
        var refused = both.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        var english = WebUtility.HtmlDecode(await (await client.PostAsync("/admin/o/alpha/workshop?lang=en",
            new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), Ct)).Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Single(stored);
        Assert.Contains("Für den 10.03.2027 ist bereits ein Workshop dieser Organisation erfasst.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/o/alpha/workshop/{stored[0].Id}\">Zum erfassten Workshop</a>", html, StringComparison.Ordinal);
        Assert.Contains("A workshop of this organisation is already recorded for 10/03/2027.", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_workshop_no_wave_asked_about_is_deleted_after_a_confirmation_step(string engine)
    {
        var (world, store, id) = await AlphaWithSampleAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var path = $"/admin/o/alpha/workshop/{id}";

        var question = WebUtility.HtmlDecode(await client.GetStringAsync($"{path}?confirmDelete=true", Ct));
        var stillThere = await store.LoadAsync(world.AlphaId, id, Ct);
        var deleted = await client.PostAsync($"{path}?handler=delete", AdminWorld.Form(question), Ct);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync(deleted.Headers.Location!.OriginalString, Ct));

        Assert.Contains("Den Workshop vom 10.03.2027 mit allen Karten und Maßnahmen endgültig löschen?", question, StringComparison.Ordinal);
        Assert.Contains("Endgültig löschen</button>", question, StringComparison.Ordinal);
        Assert.NotNull(stillThere);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Der Workshop vom 10.03.2027 ist gelöscht.", list, StringComparison.Ordinal);
        Assert.Null(await store.LoadAsync(world.AlphaId, id, Ct));
        await using var connection = await world.Db.OpenAsync(Ct);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM measure m JOIN workshop k ON k.id = m.workshop_id WHERE k.organisation_id = @AlphaId", new { world.AlphaId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_workshop_whose_measures_waves_asked_about_is_not_deleted_and_the_page_says_why(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var checksBefore = await store.CheckCountsAsync(world.DemoId, world.DemoWorkshopId, Ct);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var path = $"/admin/o/demo/workshop/{world.DemoWorkshopId}";
        var question = await client.GetStringAsync($"{path}?confirmDelete=true&lang=en", Ct);

        var refused = await client.PostAsync($"{path}?handler=delete&lang=en", AdminWorld.Form(question), Ct);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Matches("This workshop is not deleted: \\d+ survey\\(s\\) have already asked about its measures", html);
        Assert.NotNull(await store.LoadAsync(world.DemoId, world.DemoWorkshopId, Ct));
        Assert.Equal(checksBefore, await store.CheckCountsAsync(world.DemoId, world.DemoWorkshopId, Ct));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_measure_past_its_due_date_and_not_done_is_flagged_overdue_on_every_workshop_view(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = WorkshopRecordStoreTests.Sample();
        var id = (await store.CreateAsync(world.AlphaId, sample with
        {
            HeldOn = today.AddDays(-120),
            Measures =
            [
                sample.Measures[0] with { DueOn = today.AddDays(-30), Status = MeasureStatuses.InProgress },
                sample.Measures[1] with { DueOn = today.AddDays(-30), Status = MeasureStatuses.Done },
                sample.Measures[2] with { DueOn = today.AddDays(30) },
            ],
        }, Ct)).Id;
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var root = $"/admin/o/alpha/workshop/{id}";

        async Task<string> Html(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path, Ct));
        var list = await Html("/admin/o/alpha/workshops");
        var edit = await Html(root);
        var projector = await Html($"{root}/projector");
        var followThrough = await Html($"{root}/follow-through");
        // Last: the chosen language sticks for the following pages.
        var englishList = await Html("/admin/o/alpha/workshops?lang=en");

        Assert.Contains("<strong class=\"overdue\">1 überfällig</strong>", list, StringComparison.Ordinal);
        Assert.Contains("1 open · 1 in progress · 1 done", englishList, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"overdue\">1 overdue</strong>", englishList, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(edit, "<p class=\"overdue\">überfällig</p>"));
        Assert.Matches("Checkliste</strong>\\s*<span class=\"owners\">[^<]*<strong class=\"overdue\"> – überfällig</strong>", projector);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(projector, "überfällig"));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(followThrough, "– überfällig"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_recording_a_second_workshop_says_the_pulses_keep_asking_about_the_first_ones_unfinished_measures(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var sample = WorkshopRecordStoreTests.Sample();
        await store.CreateAsync(world.AlphaId, sample with { Measures = [sample.Measures[0] with { Status = MeasureStatuses.Dropped }, sample.Measures[1], sample.Measures[2]] }, Ct);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var german = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/workshop", Ct));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/workshop?lang=en", Ct));

        Assert.Contains("Die Befragungen fragen weiter nach 2 Maßnahme(n) früherer Workshops, bis sie erledigt oder verworfen sind.", german, StringComparison.Ordinal);
        Assert.Contains("the surveys keep asking about 2 measure(s) of earlier workshops until they are done or dropped.", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_erasing_an_owner_unlinks_them_from_the_measure_and_a_new_demo_replaces_one_with_mailed_owners(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var connection = await world.Db.OpenAsync(Ct);
        var inside = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM participant WHERE organisation_id = @DemoId AND side = 'inside'", new { world.DemoId });
        var field = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM participant WHERE organisation_id = @DemoId AND side = 'field'", new { world.DemoId });
        var measure = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM measure WHERE workshop_id = @DemoWorkshopId", new { world.DemoWorkshopId });
        await connection.ExecuteAsync("""
            UPDATE measure SET owner_inside = 'Innen Person', owner_inside_id = @inside, owner_field_id = @field WHERE id = @measure;
            INSERT INTO measure_owner_mail (measure_id, participant_id, sent_at) VALUES (@measure, @inside, @now), (@measure, @field, @now);
            """, new { inside, field, measure, now = DateTimeOffset.UtcNow });
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);

        Assert.True(await new ParticipantAdminStore(world.Db, TimeProvider.System).EraseAsync(world.DemoId, inside, Ct));
        var kept = (await store.LoadAsync(world.DemoId, world.DemoWorkshopId, Ct))!.Measures[0];
        var mailRows = await connection.QueryAsync<long>("SELECT participant_id FROM measure_owner_mail WHERE measure_id = @measure", new { measure });
        var replaced = await new DemoSeeder(world.Db, TimeProvider.System).ReplaceAsync(DemoScenarioBuilder.Build(1, DateOnly.FromDateTime(DateTime.UtcNow)), Ct);

        Assert.Equal(("Innen Person", (long?)null, (long?)field), (kept.OwnerInside, kept.OwnerInsideId, kept.OwnerFieldId));
        // The demo's own owners were told when it was seeded; of the two set here only the erased one is gone.
        Assert.DoesNotContain(inside, mailRows);
        Assert.Contains(field, mailRows);
        Assert.NotEqual(world.DemoId, replaced.OrganisationId);
    }
}
