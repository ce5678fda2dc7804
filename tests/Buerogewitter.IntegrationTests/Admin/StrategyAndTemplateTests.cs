using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Surveys;
using Dapper;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed partial class StrategyAndTemplateTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_strategy_version_needs_three_to_five_priorities_and_joins_the_history(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/strategy", TestContext.Current.CancellationToken);

        var tooFew = await client.PostAsync("/admin/o/alpha/strategy", AdminWorld.Form(page, ("EffectiveFrom", "2027-01-01"),
            ("Priorities[0].Text", "Neukunden in Food & Packaging"), ("Priorities[1].Text", "Angebote in 48 Stunden")), TestContext.Current.CancellationToken);
        var saved = await client.PostAsync("/admin/o/alpha/strategy", AdminWorld.Form(page, ("EffectiveFrom", "2027-01-01"), ("Note", "Q1"),
            ("Priorities[0].Text", "Neukunden in Food & Packaging"), ("Priorities[0].Examples", "neue Kunden\r\n  Food-Branche  \r\n"),
            ("Priorities[1].Text", "Angebote in 48 Stunden"), ("Priorities[2].Text", "Service-Verträge ausbauen")), TestContext.Current.CancellationToken);
        var second = await client.PostAsync("/admin/o/alpha/strategy", AdminWorld.Form(page, ("EffectiveFrom", "2027-04-01"),
            ("Priorities[0].Text", "A"), ("Priorities[1].Text", "B"), ("Priorities[2].Text", "C"), ("Priorities[3].Text", "D")), TestContext.Current.CancellationToken);
        var history = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/strategy", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooFew.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("Version 2, gültig ab 01.04.2027", history, StringComparison.Ordinal);
        Assert.Contains("Version 1, gültig ab 01.01.2027", history, StringComparison.Ordinal);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("neue Kunden\nFood-Branche", await connection.ExecuteScalarAsync<string>("""
            SELECT p.examples FROM priority p JOIN strategy_version v ON v.id = p.strategy_version_id
            WHERE v.organisation_id = @AlphaId AND v.version_no = 1 AND p.position = 1
            """, new { world.AlphaId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_priority_may_carry_an_english_text_which_the_next_version_starts_from(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/strategy", TestContext.Current.CancellationToken);

        var saved = await client.PostAsync("/admin/o/alpha/strategy", AdminWorld.Form(page, ("EffectiveFrom", "2027-01-01"),
            ("Priorities[0].Text", "Neukunden in Food & Packaging"), ("Priorities[0].TextEn", "  New customers in food & packaging "),
            ("Priorities[1].Text", "Angebote in 48 Stunden"), ("Priorities[1].TextEn", ""),
            ("Priorities[2].Text", "Service-Verträge ausbauen")), TestContext.Current.CancellationToken);
        var german = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/strategy", TestContext.Current.CancellationToken));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/strategy?lang=en", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Priorität auf Englisch (optional)", german, StringComparison.Ordinal);
        Assert.Contains("Priority in English (optional)", english, StringComparison.Ordinal);
        Assert.Contains("name=\"Priorities[0].TextEn\" value=\"New customers in food & packaging\"", german, StringComparison.Ordinal);
        Assert.Contains("/ New customers in food & packaging", german, StringComparison.Ordinal);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["New customers in food & packaging", null, null], await connection.QueryAsync<string?>("""
            SELECT p.text_en FROM priority p JOIN strategy_version v ON v.id = p.strategy_version_id
            WHERE v.organisation_id = @AlphaId ORDER BY p.position
            """, new { world.AlphaId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue14_an_organisations_glossary_is_saved_only_when_every_line_reads_and_a_bad_line_is_named(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/strategy", TestContext.Current.CancellationToken);

        var bad = await client.PostAsync("/admin/o/alpha/strategy?handler=Glossary", AdminWorld.Form(page,
            ("Glossary", "# unsere Begriffe\r\nkey-accounts: Goldkund*; Premiumkund*\r\nHausmarke KBL")), TestContext.Current.CancellationToken);
        var badPage = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var afterBad = await connection.ExecuteScalarAsync<string?>("SELECT glossary FROM organisation WHERE id = @AlphaId", new { world.AlphaId });
        var good = await client.PostAsync("/admin/o/alpha/strategy?handler=Glossary", AdminWorld.Form(page,
            ("Glossary", "key-accounts: Goldkund*; Premiumkund*\r\nown-brand: Hausmarke; KBL\r\n")), TestContext.Current.CancellationToken);
        var shown = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/strategy", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Zeile 3: erwartet wird „begriff: Form; Form; …“.", badPage, StringComparison.Ordinal);
        Assert.Null(afterBad);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("key-accounts: Goldkund*; Premiumkund*\nown-brand: Hausmarke; KBL",
            await connection.ExecuteScalarAsync<string?>("SELECT glossary FROM organisation WHERE id = @AlphaId", new { world.AlphaId }));
        Assert.Contains("own-brand: Hausmarke; KBL</textarea>", shown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_template_preview_shows_the_same_questions_as_the_respondents_survey_page_in_both_languages(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var token = await OpenInvitation.CreateAsync(world.Db);
        await using var app = await TestWebApp.StartAsync(engine);
        using var respondent = app.Client();
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        foreach (var language in new[] { "de", "en" })
        {
            var survey = await respondent.GetStringAsync($"/s/{token}?lang={language}", TestContext.Current.CancellationToken);
            var preview = await admin.GetStringAsync($"/admin/o/demo/template?lang={language}", TestContext.Current.CancellationToken);

            var questions = QuestionTitles(survey);
            Assert.True(questions.Count >= 5, string.Join(" | ", questions));
            Assert.Equal(questions, QuestionTitles(preview));
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Saving_the_template_adds_a_new_edition_and_past_waves_keep_their_questions(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var page = await client.GetStringAsync("/admin/o/demo/template", TestContext.Current.CancellationToken);
        var fields = FormFields(page).Where(f => f.Name.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        var changed = fields.Select(f => f.Name == "Input.StrategyQuestionEn" ? (f.Name, "Which three priorities does our sales strategy have?") : f).ToArray();
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var before = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM survey_template WHERE organisation_id = @DemoId", new { world.DemoId });

        var previewed = await client.PostAsync("/admin/o/demo/template?handler=Preview", AdminWorld.Form(page, changed), TestContext.Current.CancellationToken);
        var previewHtml = WebUtility.HtmlDecode(await previewed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var afterPreview = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM survey_template WHERE organisation_id = @DemoId", new { world.DemoId });
        var saved = await client.PostAsync("/admin/o/demo/template", AdminWorld.Form(page, changed), TestContext.Current.CancellationToken);
        var incomplete = await client.PostAsync("/admin/o/demo/template", AdminWorld.Form(page,
            changed.Select(f => f.Item1 == "Input.Items[0].TextEn" ? (f.Item1, "") : f).ToArray()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Contains("Which three priorities does our sales strategy have?", previewHtml, StringComparison.Ordinal);
        Assert.Equal(before, afterPreview);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Equal(before + 1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM survey_template WHERE organisation_id = @DemoId", new { world.DemoId }));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM wave w JOIN survey_template t ON t.id = w.template_id
            WHERE w.organisation_id = @DemoId AND t.strategy_question_en LIKE 'Which three%'
            """, new { world.DemoId }));
    }

    private static List<string> QuestionTitles(string html) =>
        QuestionTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();

    private static List<(string Name, string Value)> FormFields(string html) =>
        InputField().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    [GeneratedRegex("class=\"question-title\">([^<]*)<")]
    private static partial Regex QuestionTitle();

    [GeneratedRegex("name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"")]
    private static partial Regex InputField();
}
