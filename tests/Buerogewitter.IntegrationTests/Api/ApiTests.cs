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

        Assert.Equal(6, operations.Count);
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
        var keys = await admin.GetStringAsync("/admin/o/alpha/api-keys", TestContext.Current.CancellationToken);
        var created = await (await admin.PostAsync("/admin/o/alpha/api-keys?handler=Create", AdminWorld.Form(keys, ("Name", "CRM")), TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var key = System.Text.RegularExpressions.Regex.Match(created, "<code class=\"secret\">([A-Za-z0-9_-]{22})</code>").Groups[1].Value;
        using var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

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
        var keys = await admin.GetStringAsync("/admin/o/demo/api-keys", TestContext.Current.CancellationToken);
        var created = await (await admin.PostAsync("/admin/o/demo/api-keys?handler=Create", AdminWorld.Form(keys, ("Name", "BI")), TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", System.Text.RegularExpressions.Regex.Match(created, "<code class=\"secret\">([A-Za-z0-9_-]{22})</code>").Groups[1].Value);

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
        async Task<HttpClient> ClientForAsync(string slug)
        {
            var keys = await admin.GetStringAsync($"/admin/o/{slug}/api-keys", TestContext.Current.CancellationToken);
            var created = await (await admin.PostAsync($"/admin/o/{slug}/api-keys?handler=Create", AdminWorld.Form(keys, ("Name", "report")),
                TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var client = app.Client();
            client.DefaultRequestHeaders.Add("X-Api-Key", System.Text.RegularExpressions.Regex.Match(created, "<code class=\"secret\">([A-Za-z0-9_-]{22})</code>").Groups[1].Value);
            return client;
        }

        using var demo = await ClientForAsync("demo");
        using var alpha = await ClientForAsync("alpha");
        var report = await demo.GetAsync("/api/v1/organisations/demo/report?language=en", TestContext.Current.CancellationToken);
        var html = await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var none = await alpha.GetAsync("/api/v1/organisations/alpha/report", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType!.MediaType);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType!.MediaType);
    }
}
