using System.Net;
using System.Text;
using System.Text.Json;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Api;

public sealed class ApiTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_documented_api_path_exists_and_answers_401_problem_details_without_a_key(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name.ToUpperInvariant()))).ToList();
        var statuses = new List<string>();
        foreach (var (path, method) in operations)
        {
            var url = path.Replace("{slug}", "alpha", StringComparison.Ordinal).Replace("{waveId}", world.DemoWaveId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add($"{method} {path} {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
        }

        Assert.Equal(9, operations.Count);
        Assert.Equal("header", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("X-Api-Key").GetProperty("in").GetString());
        Assert.All(statuses, s => Assert.EndsWith(" 401 application/problem+json", s, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_api_key_reads_its_own_organisation_and_imports_a_roster_all_or_nothing(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        using var client = await KeyClientAsync(app, admin, "alpha");

        var organisations = await client.GetStringAsync("/api/v1/organisations", TestContext.Current.CancellationToken);
        var broken = await client.PostAsync("/api/v1/organisations/alpha/roster",
            new StringContent("email,name,side,language\nx,Ben,field,en\n", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var imported = await client.PostAsync("/api/v1/organisations/alpha/roster",
            new StringContent("email,name,side,language\nben@alpha.example,Ben,field,en\n", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var waves = await client.GetAsync("/api/v1/organisations/alpha/waves", TestContext.Current.CancellationToken);
        using var wrongKey = app.Client();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "AAAAAAAAAAAAAAAAAAAAAA");
        var rejected = await wrongKey.GetAsync("/api/v1/organisations", TestContext.Current.CancellationToken);

        Assert.Contains("\"slug\":\"alpha\"", organisations, StringComparison.Ordinal);
        Assert.DoesNotContain("\"slug\":\"demo\"", organisations, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("line 2: email 'x' is not a valid e-mail address", await broken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("\"created\":1", await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("[]", await waves.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Wave_metrics_come_from_the_stored_analysis_and_leave_out_groups_below_the_score_threshold(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using (var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("DELETE FROM analysis_metric");
            await connection.ExecuteAsync("DELETE FROM analysis_theme");
            await connection.ExecuteAsync("DELETE FROM analysis_answer_priority");
            await connection.ExecuteAsync("DELETE FROM analysis_answer");
            await connection.ExecuteAsync("DELETE FROM analysis");
            var analysisId = await connection.ExecuteScalarAsync<long>($"""
                INSERT INTO analysis (wave_id, engine, theme_count, created_at){world.Db.Dialect.OutputInsertedId}
                VALUES (@DemoWaveId, 'test', 0, @now){world.Db.Dialect.ReturningId}
                """, new { world.DemoWaveId, now = DateTimeOffset.UtcNow });
            await connection.ExecuteAsync("""
                INSERT INTO analysis_metric (analysis_id, side, metric, value, lower_bound, upper_bound, n)
                VALUES (@analysisId, 'inside', 'clarity_index', 61.5, 55.0, 68.0, 12), (@analysisId, 'lead', 'clarity_index', 40.0, NULL, NULL, 3),
                       (@analysisId, 'inside', 'responses', 12, NULL, NULL, 12), (@analysisId, 'lead', 'responses', 3, NULL, NULL, 3)
                """, new { analysisId });
        }

        await using var app = await TestWebApp.StartAsync(engine);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        using var client = await KeyClientAsync(app, admin, "demo");

        using var metrics = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/organisations/demo/waves/{world.DemoWaveId}/metrics", TestContext.Current.CancellationToken));
        var unknownWave = await client.GetAsync("/api/v1/organisations/demo/waves/999999/metrics", TestContext.Current.CancellationToken);

        // Counts are always shown; the leads' score is not, with three responses.
        Assert.Equal(["inside clarity_index", "inside responses", "lead responses"],
            metrics.RootElement.EnumerateArray().Select(m => $"{m.GetProperty("side").GetString()} {m.GetProperty("metric").GetString()}"));
        var row = metrics.RootElement[0];
        Assert.Equal(61.5, row.GetProperty("value").GetDouble());
        Assert.Equal(12, row.GetProperty("n").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknownWave.StatusCode);
        Assert.Equal("application/problem+json", unknownWave.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_report_is_downloadable_once_a_wave_is_analysed_and_is_404_before(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        using var demo = await KeyClientAsync(app, admin, "demo");
        using var alpha = await KeyClientAsync(app, admin, "alpha");
        var report = await demo.GetAsync("/api/v1/organisations/demo/report?language=en", TestContext.Current.CancellationToken);
        var html = await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var none = await alpha.GetAsync("/api/v1/organisations/alpha/report", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType!.MediaType);
        Assert.Contains("data:image/svg+xml;base64,", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_an_api_key_sets_and_reads_its_own_strategy_and_questionnaire_and_no_one_elses(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        using var client = await KeyClientAsync(app, admin, "alpha");
        static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

        var rejected = await client.PutAsync("/api/v1/organisations/alpha/strategy",
            Json("""{"effectiveFrom":"2027-01-04","priorities":[{"text":"Neukunden"},{"text":" "}]}"""), TestContext.Current.CancellationToken);
        var saved = await client.PutAsync("/api/v1/organisations/alpha/strategy", Json("""
            {"effectiveFrom":"2027-01-04","note":"Start","priorities":[
              {"text":"Neukunden gewinnen","textEn":"Win new customers","examples":["NK"," Neukunden "]},
              {"text":"Angebote in 48 Stunden"},{"text":"Marge vor Menge"}]}
            """), TestContext.Current.CancellationToken);
        using var strategy = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organisations/alpha/strategy", TestContext.Current.CancellationToken));
        using var questionnaire = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organisations/alpha/questionnaire", TestContext.Current.CancellationToken));
        var otherRead = await client.GetAsync("/api/v1/organisations/demo/strategy", TestContext.Current.CancellationToken);
        var otherWrite = await client.PutAsync("/api/v1/organisations/demo/strategy", Json("""
            {"priorities":[{"text":"A"},{"text":"B"},{"text":"C"}]}
            """), TestContext.Current.CancellationToken);
        // The file strategy set reads works too, with the date and note in the query.
        var csvRejected = await client.PutAsync("/api/v1/organisations/alpha/strategy?effectiveFrom=2027-04-01",
            new StringContent("id,text\nP1,Key Accounts\nP1,Service\n", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var csvSaved = await client.PutAsync("/api/v1/organisations/alpha/strategy?effectiveFrom=2027-04-01&note=Q2",
            new StringContent("id,text,text_en\nP1,Key Accounts entwickeln,Develop key accounts\nP2,Service ausbauen,\nP3,Export nach Polen,\n", Encoding.UTF8, "text/csv"),
            TestContext.Current.CancellationToken);
        using var second = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organisations/alpha/strategy", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal(["a strategy has 3 to 5 priorities, not 2", "priority 2: text is empty"], await ProblemsAsync(rejected));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, strategy.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("2027-01-04", strategy.RootElement.GetProperty("effectiveFrom").GetString());
        var first = strategy.RootElement.GetProperty("priorities")[0];
        Assert.Equal("Win new customers", first.GetProperty("textEn").GetString());
        Assert.Equal(["NK", "Neukunden"], first.GetProperty("examples").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Wie sieht unsere aktuelle Vertriebsstrategie aus?", questionnaire.RootElement.GetProperty("strategyQuestionDe").GetString());
        Assert.Equal(5, questionnaire.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, otherRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherWrite.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, csvRejected.StatusCode);
        Assert.Equal(["line 3: id 'P1' already appears on line 2", "the file lists 2 priorities; a strategy has 3 to 5"], await ProblemsAsync(csvRejected));
        Assert.Equal(HttpStatusCode.OK, csvSaved.StatusCode);
        Assert.Equal(2, second.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("Q2", second.RootElement.GetProperty("note").GetString());
        Assert.Equal("Develop key accounts", second.RootElement.GetProperty("priorities")[0].GetProperty("textEn").GetString());
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM strategy_version WHERE organisation_id = @AlphaId", new { world.AlphaId }));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM priority p JOIN strategy_version v ON v.id = p.strategy_version_id WHERE v.organisation_id = @DemoId AND p.text = 'A'",
            new { world.DemoId }));
    }

    private static async Task<List<string?>> ProblemsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
    }

    /// <summary>A client carrying a fresh API key of the organisation, made on its "API keys" page.</summary>
    private static async Task<HttpClient> KeyClientAsync(TestWebApp app, HttpClient admin, string slug)
    {
        var keys = await admin.GetStringAsync($"/admin/o/{slug}/api-keys", TestContext.Current.CancellationToken);
        var created = await (await admin.PostAsync($"/admin/o/{slug}/api-keys?handler=Create", AdminWorld.Form(keys, ("Name", "test")),
            TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", System.Text.RegularExpressions.Regex.Match(created, "<code class=\"secret\">([A-Za-z0-9_-]{22})</code>").Groups[1].Value);
        return client;
    }
}
