using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Coding;

public sealed partial class CodingPageTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_page_shows_only_answers_of_closed_waves_with_ten_or_more_responses_and_no_metadata(string engine)
    {
        var world = await CodingWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        using var administrator = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var html = WebUtility.HtmlDecode(await consultant.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken));
        var otherCoder = WebUtility.HtmlDecode(await administrator.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken));

        Assert.Contains("Sie haben 0 von 80 Antworten kodiert.", html, StringComparison.Ordinal);
        Assert.Equal(5, Answers(html).Count);
        Assert.All(Answers(html), a => Assert.Matches("^(Bananen|Äpfel) ", a));
        Assert.Contains("Neukunden im Mittelstand gewinnen", html, StringComparison.Ordinal);
        Assert.Contains("Keine Priorität", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CodingWorld.SmallWaveText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(CodingWorld.OpenWaveText, html, StringComparison.Ordinal);
        // Nothing that could tie an answer to a person: no side, no wave date, no language, no response id.
        foreach (var forbidden in new[] { "inside", "\"field\"", ">field<", "Innendienst", "Außendienst",
                     world.Opened.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), world.Opened.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                     world.Opened.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), world.Opened.AddDays(7).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var id in world.Closed)
        {
            Assert.DoesNotContain(id.ToString("N"), html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(id.ToString("D"), html, StringComparison.OrdinalIgnoreCase);
        }

        // Each coder gets an order of their own, not the order the answers came in.
        Assert.NotEqual(Answers(html), Answers(otherCoder));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Codes_are_saved_once_per_answer_and_coder_and_none_counts_as_a_code(string engine)
    {
        var world = await CodingWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await consultant.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken);
        var tokens = Tokens(page);
        var shown = Answers(WebUtility.HtmlDecode(page));

        var saved = await consultant.PostAsync("/admin/o/alpha/coding", AdminWorld.Form(page,
            ("Answers[0].Token", tokens[0]), ("Answers[0].Positions", "1"), ("Answers[0].Positions", "3"),
            ("Answers[1].Token", tokens[1]), ("Answers[1].None", "true"),
            ("Answers[2].Token", tokens[2])), TestContext.Current.CancellationToken);
        var again = await consultant.PostAsync("/admin/o/alpha/coding", AdminWorld.Form(page,
            ("Answers[0].Token", tokens[0]), ("Answers[0].Positions", "2")), TestContext.Current.CancellationToken);
        var both = await consultant.PostAsync("/admin/o/alpha/coding", AdminWorld.Form(page,
            ("Answers[0].Token", tokens[3]), ("Answers[0].Positions", "2"), ("Answers[0].None", "true")), TestContext.Current.CancellationToken);
        var after = WebUtility.HtmlDecode(await consultant.GetStringAsync("/admin/o/alpha/coding?saved=2", TestContext.Current.CancellationToken));

        Assert.Equal("/admin/o/alpha/coding?saved=2", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, both.StatusCode);
        Assert.Contains("2 Kodierungen gespeichert.", after, StringComparison.Ordinal);
        Assert.Contains("Sie haben 2 von 80 Antworten kodiert.", after, StringComparison.Ordinal);
        Assert.DoesNotContain(shown[0], Answers(after));
        Assert.DoesNotContain(shown[1], Answers(after));
        Assert.Contains(shown[2], Answers(after));
        await using var connection = await world.Admin.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM answer_code"));
        // The second post replaced the first code of that answer: priority 2 alone.
        Assert.Equal([world.PriorityIds[1]], (await connection.QueryAsync<long>("SELECT priority_id FROM answer_code_priority")).ToList());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_answer_token_works_only_for_its_coder_and_its_organisation(string engine)
    {
        var world = await CodingWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        using var administrator = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var consultantPage = await consultant.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken);
        var administratorPage = await administrator.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken);
        var demoPage = await administrator.GetStringAsync("/admin/o/demo/coding", TestContext.Current.CancellationToken);

        var foreignToken = await administrator.PostAsync("/admin/o/alpha/coding", AdminWorld.Form(administratorPage,
            ("Answers[0].Token", Tokens(consultantPage)[0]), ("Answers[0].None", "true")), TestContext.Current.CancellationToken);
        var otherOrganisation = await administrator.PostAsync("/admin/o/demo/coding", AdminWorld.Form(demoPage,
            ("Answers[0].Token", Tokens(administratorPage)[0]), ("Answers[0].None", "true")), TestContext.Current.CancellationToken);
        var demoForConsultant = await consultant.GetAsync("/admin/o/demo/coding", TestContext.Current.CancellationToken);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);
        var forManager = await manager.GetAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, foreignToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, demoForConsultant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forManager.StatusCode);
        await using var connection = await world.Admin.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM answer_code"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task With_enough_codes_the_page_shows_cross_validated_f1_and_that_learning_from_them_beats_the_matcher(string engine)
    {
        var world = await CodingWorld.CreateAsync(engine);
        await world.CodeAsync(AdminWorld.AlphaConsultant, world.Closed.Take(15), [world.PriorityIds[0]]);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var tooFew = WebUtility.HtmlDecode(await consultant.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken));
        await world.CodeAsync(AdminWorld.AlphaConsultant, world.Bananas.Take(30).Concat(world.Apples.Take(30)), [world.PriorityIds[0]]);

        var enough = WebUtility.HtmlDecode(await consultant.GetStringAsync("/admin/o/alpha/coding", TestContext.Current.CancellationToken));

        Assert.Contains("noch 35 Antworten bis zum Vergleich", tooFew, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"f1-codes\"", tooFew, StringComparison.Ordinal);
        var cells = Cell().Match(enough);
        var german = CultureInfo.GetCultureInfo("de-DE");
        var codes = double.Parse(cells.Groups["codes"].Value, german);
        var matcher = double.Parse(cells.Groups["matcher"].Value, german);
        // Bananas were coded as the first priority, which no word of theirs names: only the codes can teach it.
        Assert.True(codes > matcher, $"with codes {codes} vs matcher {matcher}");
        Assert.True(double.Parse(cells.Groups["low"].Value, german) <= codes);
        Assert.Contains("<td class=\"verdict\">Ihre Kodierungen</td>", enough, StringComparison.Ordinal);
        Assert.Contains("Sie haben 60 von 80 Antworten kodiert.", enough, StringComparison.Ordinal);
    }

    private static List<string> Answers(string html) =>
        AnswerText().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    private static List<string> Tokens(string html) =>
        TokenField().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<blockquote class=\"answer\">([^<]*)</blockquote>")]
    private static partial Regex AnswerText();

    [GeneratedRegex("name=\"Answers\\[\\d+\\]\\.Token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<td class=\"f1-codes\">(?<codes>[0-9,]+) \\((?<low>[0-9,]+)–[0-9,]+\\)</td>\\s*<td class=\"f1-matcher\">(?<matcher>[0-9,]+) \\(")]
    private static partial Regex Cell();
}
