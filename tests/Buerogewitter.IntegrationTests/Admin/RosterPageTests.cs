using System.Net;
using System.Text;
using System.Text.Json;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Participants;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed class RosterPageTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_valid_roster_is_previewed_and_saved_only_after_confirmation(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var check = await UploadAsync(client, "email,name,side,tandem,language\nben@alpha.example,Ben Berg,field,T1,en\nanna@alpha.example,Anna Alpha,inside,T1,de\n");
        var preview = await check.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var beforeConfirm = await CountAsync(world);
        var confirm = await client.PostAsync("/admin/o/alpha/roster?handler=Import", AdminWorld.Form(preview,
            ("Csv", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(preview, "name=\"Csv\" value=\"([^\"]*)\"").Groups[1].Value)),
            ("DeactivateMissing", "false")), TestContext.Current.CancellationToken);
        var list = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(confirm.Headers.Location!.OriginalString, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("ben@alpha.example", preview, StringComparison.Ordinal);
        Assert.Equal(1L, beforeConfirm);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Contains("Übernommen: 1 neu, 0 geändert, 1 unverändert, 0 deaktiviert.", list, StringComparison.Ordinal);
        Assert.Equal(2L, await CountAsync(world));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_broken_roster_names_line_field_and_reason_in_the_page_language_and_saves_nothing(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        const string Csv = "email,name,side,language\nnot-an-email,Ben,field,en\ncara@alpha.example,,aussen,fr\nok@alpha.example,Ok,Innendienst,de\n";

        var german = await UploadAsync(client, Csv);
        var germanHtml = System.Net.WebUtility.HtmlDecode(await german.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var english = await UploadAsync(client, Csv, language: "en");
        var englishHtml = System.Net.WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, german.StatusCode);
        Assert.Contains("Zeile 2: E-Mail-Adresse „not-an-email“ ist keine gültige E-Mail-Adresse.", germanHtml, StringComparison.Ordinal);
        Assert.Contains("Zeile 3: Name ist leer.", germanHtml, StringComparison.Ordinal);
        Assert.Contains("Zeile 3: Seite „aussen“ ist keine von Innendienst, Außendienst, Vertriebsleitung.", germanHtml, StringComparison.Ordinal);
        Assert.Contains("Zeile 3: Sprache „fr“ ist keine von de, en.", germanHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2", germanHtml, StringComparison.Ordinal);
        Assert.Contains("Line 3: side “aussen” is not one of inside, field, lead", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Line 3: Name is empty.", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Zeile", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Import", germanHtml, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync(world));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_preview_marks_each_row_new_changed_or_unchanged_and_names_who_would_be_deactivated(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await new ParticipantStore(world.Db, TimeProvider.System).ImportAsync(world.AlphaId, RosterFile.Parse(
            "email,name,side,tandem,language\nanna@alpha.example,Anna Alpha,inside,T1,de\nbo@alpha.example,Bo Berg,field,T1,de\ncy@alpha.example,Cy Cramer,lead,,en\n").Entries,
            deactivateMissing: false, TestContext.Current.CancellationToken);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var check = await UploadAsync(client,
            "email,name,side,tandem,language\nanna@alpha.example,Anna Alpha,Außendienst,T1,en\nbo@alpha.example,Bo Berg,field,T1,de\ndan@alpha.example,Dan Dorn,Leitung,,de\n",
            deactivateMissing: true);
        var html = System.Net.WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr class=\"change-[a-z]+\"><td>([^<]*)</td><td>([^<]*)</td>")
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        var activeBeforeConfirm = await ActiveAsync(world);
        var confirm = await client.PostAsync("/admin/o/alpha/roster?handler=Import", AdminWorld.Form(html,
            ("Csv", System.Text.RegularExpressions.Regex.Match(html, "name=\"Csv\" value=\"([^\"]*)\"").Groups[1].Value),
            ("DeactivateMissing", "true")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal("geändert: Seite, Sprache", rows["anna@alpha.example"]);
        Assert.Equal("unverändert", rows["bo@alpha.example"]);
        Assert.Equal("neu", rows["dan@alpha.example"]);
        Assert.Contains("1 neu, 1 geändert, 1 unverändert.", html, StringComparison.Ordinal);
        Assert.Contains("1 von 3 aktiven Personen würden deaktiviert:", html, StringComparison.Ordinal);
        Assert.Contains("<li>Cy Cramer (cy@alpha.example)</li>", html, StringComparison.Ordinal);
        Assert.Equal(3L, activeBeforeConfirm);
        Assert.Equal("/admin/o/alpha/roster?created=1&updated=1&unchanged=1&deactivated=1", confirm.Headers.Location!.OriginalString);
        Assert.Equal(3L, await ActiveAsync(world));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Erasing_a_participant_removes_their_personal_data_and_keeps_the_anonymous_responses(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var (id, email) = await connection.QueryFirstAsync<(long, string)>("""
            SELECT p.id, p.email FROM participant p JOIN invitation i ON i.participant_id = p.id
            WHERE p.organisation_id = @DemoId ORDER BY p.id
            """, new { world.DemoId });
        var responses = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response");
        await connection.ExecuteAsync("""
            INSERT INTO mail_delivery (invitation_id, kind, accepted_at)
            SELECT MIN(id), 'invite', @now FROM invitation WHERE participant_id = @id
            """, new { id, now = DateTimeOffset.UtcNow });
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var page = await client.GetStringAsync($"/admin/o/demo/roster/{id}", TestContext.Current.CancellationToken);
        var export = await client.GetAsync($"/admin/o/demo/roster/{id}?handler=Export", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var erase = await client.PostAsync($"/admin/o/demo/roster/{id}?handler=Erase", AdminWorld.Form(page, ("Confirm", "true")), TestContext.Current.CancellationToken);

        Assert.Equal(email, json.RootElement.GetProperty("email").GetString());
        Assert.True(json.RootElement.GetProperty("mails").GetArrayLength() > 0);
        Assert.DoesNotContain("used", json.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participant WHERE email = @email", new { email }));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation WHERE participant_id = @id", new { id }));
        Assert.Equal(responses, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/o/demo/roster/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_participant_is_edited_and_deactivated_and_the_list_says_so(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM participant WHERE organisation_id = @AlphaId", new { world.AlphaId });
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync($"/admin/o/alpha/roster/{id}", TestContext.Current.CancellationToken);

        var saved = await client.PostAsync($"/admin/o/alpha/roster/{id}", AdminWorld.Form(page, ("DisplayName", "Anna Alpha-Berg"), ("Side", "lead"),
            ("Tandem", "T2"), ("Language", "en")), TestContext.Current.CancellationToken);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/roster", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Anna Alpha-Berg", list, StringComparison.Ordinal);
        Assert.Contains("inaktiv", list, StringComparison.Ordinal);
        var stored = await connection.QuerySingleAsync<(string Side, string Language, bool Active, string Tandem)>("""
            SELECT p.side, p.language, p.active, t.name FROM participant p JOIN tandem t ON t.id = p.tandem_id WHERE p.id = @id
            """, new { id });
        Assert.Equal(("lead", "en", false, "T2"), stored);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, bool deactivateMissing = false, string language = "de")
    {
        var page = await client.GetStringAsync($"/admin/o/alpha/roster?lang={language}", TestContext.Current.CancellationToken);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(AdminWorld.Antiforgery(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "roster.csv" },
            { new StringContent(deactivateMissing ? "true" : "false"), "DeactivateMissing" },
        };
        return await client.PostAsync($"/admin/o/alpha/roster?handler=Check&lang={language}", form, TestContext.Current.CancellationToken);
    }

    private static async Task<long> ActiveAsync(AdminWorld world)
    {
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participant WHERE organisation_id = @AlphaId AND active = @yes", new { world.AlphaId, yes = true });
    }

    private static async Task<long> CountAsync(AdminWorld world)
    {
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participant WHERE organisation_id = @AlphaId", new { world.AlphaId });
    }
}
