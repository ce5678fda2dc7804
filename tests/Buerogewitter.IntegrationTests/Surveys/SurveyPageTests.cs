using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Buerogewitter.IntegrationTests.Surveys;

public sealed partial class SurveyPageTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_respondent_answers_once_and_the_link_then_says_already_answered(string engine)
    {
        var db = await SeedAsync(engine);
        var token = await OpenInvitation.CreateAsync(db);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();

        var form = await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken);
        var html = await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // The first Likert item is answered "can't say", the others 1, 2, 3, …
        var items = RatingFields(html);
        var submit = await client.PostAsync($"/s/{token}", Form(html, [("StrategyAnswer", "  Neukunden in Food & Packaging, Angebote in 48h  "),
            ("SelfClarity", "4"), ("CollaborationAnswer", "Schnellere Rückmeldung"),
            .. items.Select((field, i) => (field, i == 0 ? "x" : $"{i}"))]), TestContext.Current.CancellationToken);
        var again = await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Wie sieht unsere aktuelle Vertriebsstrategie aus?", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        Assert.StartsWith("/s/thanks?until=", submit.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Bereits beantwortet", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var stored = await connection.QuerySingleAsync<(string Answer, long? Clarity)>(
            "SELECT strategy_answer, self_clarity FROM response WHERE strategy_answer LIKE 'Neukunden in Food%'");
        Assert.Equal(("Neukunden in Food & Packaging, Angebote in 48h", 4L), stored);
        var ratings = (await connection.QueryAsync<long?>("""
            SELECT r.value FROM response_rating r
            JOIN response s ON s.id = r.response_id JOIN survey_item i ON i.id = r.item_id
            WHERE s.strategy_answer LIKE 'Neukunden in Food%' ORDER BY i.position
            """)).ToList();
        Assert.True(items.Count >= 2, "the demo template has Likert items");
        Assert.Equal([null, .. Enumerable.Range(1, items.Count - 1).Select(i => (long?)i)], ratings);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_missing_strategy_answer_is_shown_next_to_the_field_and_typed_text_is_kept(string engine)
    {
        var db = await SeedAsync(engine);
        var token = await OpenInvitation.CreateAsync(db, language: "en");
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();
        var html = await (await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var response = await client.PostAsync($"/s/{token}", Form(html, ("StrategyAnswer", "   "), ("CollaborationAnswer", "Faster quotes please")),
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("What is our current sales strategy?", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Please answer this question", body, StringComparison.Ordinal);
        Assert.Contains(">Faster quotes please</textarea>", body, StringComparison.Ordinal);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response WHERE collaboration_answer = 'Faster quotes please'"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unknown_malformed_and_closed_links_reveal_nothing(string engine)
    {
        var db = await SeedAsync(engine);
        var closed = await OpenInvitation.CreateAsync(db, closed: true);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();

        var unknown = await client.GetAsync("/s/AAAAAAAAAAAAAAAAAAAAAA", TestContext.Current.CancellationToken);
        var malformed = await client.GetAsync("/s/not-a-token", TestContext.Current.CancellationToken);
        var closedResponse = await client.GetAsync($"/s/{closed}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(
            (await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Replace("AAAAAAAAAAAAAAAAAAAAAA", "TOKEN", StringComparison.Ordinal),
            (await malformed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Replace("not-a-token", "TOKEN", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Gone, closedResponse.StatusCode);
        Assert.DoesNotContain("Kesselbach", await closedResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survey_pages_send_security_headers_and_reject_posts_without_antiforgery()
    {
        var db = await SeedAsync(Engines.Sqlite);
        var token = await OpenInvitation.CreateAsync(db);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = app.Client();

        var page = await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken);
        var forged = await client.PostAsync($"/s/{token}", new FormUrlEncodedContent([new("StrategyAnswer", "x")]), TestContext.Current.CancellationToken);

        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task More_than_20_unknown_links_a_minute_from_one_client_get_a_friendly_429_page()
    {
        await SeedAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = app.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await client.GetAsync(i % 2 == 0 ? "/s/AAAAAAAAAAAAAAAAAAAAAA" : $"/s/not-a-token-{i}", TestContext.Current.CancellationToken)).StatusCode);
        }

        var limited = await client.GetAsync("/s/AAAAAAAAAAAAAAAAAAAAAA", TestContext.Current.CancellationToken);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Zu viele Anfragen", await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Fifty_concurrent_submits_of_one_link_store_exactly_one_response(string engine)
    {
        var db = await SeedAsync(engine);
        var token = await OpenInvitation.CreateAsync(db);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();
        var html = await (await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            client.PostAsync($"/s/{token}", Form(html, [("StrategyAnswer", "Doppelt abgeschickt"), .. RatingFields(html).Select(f => (f, "3"))]),
                TestContext.Current.CancellationToken)));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.Gone, r.StatusCode));
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response WHERE strategy_answer = 'Doppelt abgeschickt'"));
        Assert.Equal(RatingFields(html).Count, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM response_rating r JOIN response s ON s.id = r.response_id WHERE s.strategy_answer = 'Doppelt abgeschickt'"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Check_back_answers_on_workshop_measures_are_stored_with_the_response(string engine)
    {
        var db = await SeedAsync(engine);
        var token = await OpenInvitation.CreateAsync(db);
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("""
                INSERT INTO workshop (organisation_id, held_on, moderator, goal, created_at)
                SELECT id, @heldOn, 'Moderation', 'Ziel', @now FROM organisation WHERE slug = 'demo';
                INSERT INTO measure (workshop_id, position, title, owner_inside, owner_field, due_on, status)
                SELECT MAX(id), 1, 'Rückruf binnen 24 Stunden', 'Innen', 'Außen', @heldOn, 'open' FROM workshop;
                INSERT INTO wave_measure (wave_id, measure_id)
                SELECT (SELECT MAX(id) FROM wave), MAX(id) FROM measure WHERE title = 'Rückruf binnen 24 Stunden';
                """, new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), now = DateTimeOffset.UtcNow });
        }

        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();
        var html = await (await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var check = CheckField().Match(html).Groups[1].Value;
        var submit = await client.PostAsync($"/s/{token}", Form(html, ("StrategyAnswer", "Marge vor Menge"), (check, "2")), TestContext.Current.CancellationToken);

        Assert.Contains("Rückruf binnen 24 Stunden", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        await using var read = await db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2L, await read.ExecuteScalarAsync<long>("""
            SELECT c.value FROM response_measure_check c
            JOIN response r ON r.id = c.response_id JOIN measure m ON m.id = c.measure_id
            WHERE r.strategy_answer = 'Marge vor Menge' AND m.title = 'Rückruf binnen 24 Stunden'
            """));
    }

    [Fact]
    public async Task Tokens_never_reach_the_logs_even_at_trace_level()
    {
        var db = await SeedAsync(Engines.Sqlite);
        var token = await OpenInvitation.CreateAsync(db);
        var logs = new CapturedLogs();
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            builder => builder.Logging.AddProvider(logs));
        using var client = app.Client();

        var html = await (await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await client.PostAsync($"/s/{token}", Form(html, ("StrategyAnswer", "Marge vor Menge")), TestContext.Current.CancellationToken);
        await client.GetAsync($"/s/{token}", TestContext.Current.CancellationToken);

        Assert.NotEmpty(logs.Lines);
        var leaks = logs.Lines.Where(line => line.Contains(token, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    private static async Task<Buerogewitter.Data.Database.Db> SeedAsync(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        return await TestDatabases.CurrentAsync(engine);
    }

    private static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] fields)
    {
        var antiforgery = AntiforgeryField().Match(html).Groups[1].Value;
        return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", antiforgery)));
    }

    /// <summary>The form field names of the Likert items, in page order.</summary>
    private static List<string> RatingFields(string html) => RatingField().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("name=\"(Ratings\\[\\d+\\])\"")]
    private static partial Regex RatingField();

    [GeneratedRegex("name=\"(Checks\\[\\d+\\])\"")]
    private static partial Regex CheckField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
