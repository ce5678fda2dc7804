using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Text;
using Buerogewitter.Data.Participants;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Participants;

/// <summary>Limits that cannot be walked around, and CSV and terminal output that stay inert (issue 15, points 8 and 9).</summary>
public sealed partial class HostileInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_the_api_refuses_a_chunked_roster_over_the_limit_and_names_over_the_field_limit(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.ApiClientAsync(app, "alpha", AdminWorld.AlphaConsultant);
        var huge = "email,name,side,language\nbig@alpha.example," + new string('x', 6 * 1024 * 1024) + ",inside,de\n";

        // No Content-Length: the body goes chunked, as it did when the limit was walked around.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organisations/alpha/roster")
        {
            Content = new StringContent(huge, Encoding.UTF8, "text/csv"),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentLength = null;
        HttpStatusCode? chunked;
        try
        {
            chunked = (await client.SendAsync(request, Ct)).StatusCode;
        }
        catch (HttpRequestException ex) when (ex.InnerException is IOException)
        {
            // The server answered 413 and closed the connection while the client was still sending.
            chunked = null;
        }

        var longName = await client.PostAsync("/api/v1/organisations/alpha/roster",
            new StringContent("email,name,side,language\nlong@alpha.example," + new string('y', 300) + ",inside,de\n", Encoding.UTF8, "text/csv"), Ct);

        Assert.True(chunked is null or HttpStatusCode.RequestEntityTooLarge, $"a chunked 6 MB roster was answered {chunked}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longName.StatusCode);
        Assert.Contains("line 2: name is longer than 200 characters (300)", await longName.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var connection = await world.Db.OpenAsync(Ct);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participant WHERE email IN ('big@alpha.example', 'long@alpha.example')"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_import_roster_refuses_huge_names_and_control_characters_with_line_and_field(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "org create", "--slug", "acme", "--name", "ACME")).ExitCode);
        var file = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "email,name,side,language\n"
            + "a@example.com," + new string('n', 1024 * 1024) + ",inside,de\n"
            + "b@example.com,Null\u0000Byte,inside,de\n"
            + "c@example.com,\"Zeile\r\nUmbruch\",field,de\n"
            + "d@example.com,Rot\u001b[31mgefärbt,field,de\n", Ct);

        var result = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", file);
        File.Delete(file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: name is longer than 200 characters (1048576)", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3: name contains the control character U+0000", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: name contains the control character U+000D", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 6: name contains the control character U+001B", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 2_000, "a refused value is not echoed");
        await using var connection = await (await TestDatabases.CurrentAsync(engine)).OpenAsync(Ct);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participant"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_the_roster_page_lists_participants_a_hundred_at_a_time(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var roster = Enumerable.Range(1, 250).Select(i => new RosterEntry(i + 1, $"p{i:D3}@alpha.example", $"Person {i}", Side.Inside, null, "de")).ToList();
        await new ParticipantStore(world.Db, TimeProvider.System).ImportAsync(world.AlphaId, roster, deactivateMissing: false, Ct);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var first = await client.GetStringAsync("/admin/o/alpha/roster", Ct);
        var last = await client.GetStringAsync("/admin/o/alpha/roster?p=3", Ct);

        Assert.Equal(100, EditLink().Count(first));
        Assert.Contains("(251)", first, StringComparison.Ordinal);
        Assert.Contains("Seite 1 von 3", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/o/alpha/roster?p=2\"", first, StringComparison.Ordinal);
        Assert.Equal(51, EditLink().Count(last));
        Assert.Contains("p250@alpha.example", last, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_admin_forms_refuse_overlong_fields_and_control_characters_and_save_nothing(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        await using var connection = await world.Db.OpenAsync(Ct);
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM participant WHERE organisation_id = @AlphaId", new { world.AlphaId });
        var page = await client.GetStringAsync($"/admin/o/alpha/roster/{id}", Ct);

        var escaped = await client.PostAsync($"/admin/o/alpha/roster/{id}",
            AdminWorld.Form(page, ("DisplayName", "Anna\u001b]8;;http://evil.example\u0007Alpha"), ("Side", "inside"), ("Tandem", "T1"), ("Language", "de")), Ct);
        var overlong = await client.PostAsync($"/admin/o/alpha/roster/{id}",
            AdminWorld.Form(page, ("DisplayName", new string('a', 300)), ("Side", "inside"), ("Tandem", "T1"), ("Language", "de")), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, escaped.StatusCode);
        Assert.Contains("DisplayName contains the control character U+001B", await escaped.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlong.StatusCode);
        Assert.Contains("name is longer than 200 characters (300)", WebUtility.HtmlDecode(await overlong.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal("Anna Alpha", await connection.ExecuteScalarAsync<string>("SELECT display_name FROM participant WHERE id = @id", new { id }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_roster_list_writes_formula_cells_as_text_prints_no_control_characters_and_reads_back_unchanged(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "org create", "--slug", "acme", "--name", "ACME")).ExitCode);
        string[] names = ["=HYPERLINK(\"http://evil.example\",\"Klick\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "'Apostroph", "Rot\u001b[31m gefärbt\u0007"];
        await using (var connection = await (await TestDatabases.CurrentAsync(engine)).OpenAsync(Ct))
        {
            // Stored before the import had rules, or written straight into the database.
            for (var i = 0; i < names.Length; i++)
            {
                await connection.ExecuteAsync("""
                    INSERT INTO participant (organisation_id, email, display_name, side, language, active, created_at, updated_at)
                    SELECT id, @email, @name, 'inside', 'de', @active, @now, @now FROM organisation WHERE slug = 'acme'
                    """, new { email = $"p{i}@example.com", name = names[i], active = true, now = DateTimeOffset.UtcNow });
            }
        }

        var list = await VerbRunner.RunAsync(engine, "roster list", "--org", "acme");
        var readBack = CsvReader.Parse(list.Out).Records.Select(r => r.Fields[1]).ToList();

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klick\"\")\"", list.Out, StringComparison.Ordinal);
        Assert.Contains(",'+cmd|' /C calc'!A0,", list.Out, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1+1),", list.Out, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(list.Out, c => c is '\u001b' or '\u0007' or '\r');
        Assert.Equal([.. names.SkipLast(1), "Rot[31m gefärbt"], readBack);
    }

    [Fact]
    public async Task Issue15_score_and_cluster_write_formula_ids_as_text()
    {
        var folder = Directory.CreateTempSubdirectory("bg-formula").FullName;
        var input = Path.Combine(folder, "answers.csv");
        var priorities = Path.Combine(folder, "priorities.csv");
        await File.WriteAllTextAsync(input, "id,text\n" + string.Join("\n", Enumerable.Range(0, 12).Select(i =>
            $"\"=HYPERLINK(\"\"http://evil.example/{i}\"\")\",{(i % 2 == 0 ? "Neukunden gewinnen im Maschinenbau" : "Marge vor Umsatz bei Ersatzteilen")} {i}")) + "\n", Ct);
        await File.WriteAllTextAsync(priorities, "id,text\n@SUM(1+1),Neukunden gewinnen\n", Ct);

        var score = await VerbRunner.RunAsync(Engines.Sqlite, "score", "--priorities", priorities, "--input", input, "--text-column", "text",
            "--id-column", "id", "--output", Path.Combine(folder, "score.csv"));
        var cluster = await VerbRunner.RunAsync(Engines.Sqlite, "cluster", "--input", input, "--text-column", "text", "--id-column", "id",
            "--k", "2", "--output", Path.Combine(folder, "cluster.csv"));
        var scored = await File.ReadAllTextAsync(Path.Combine(folder, "score.csv"), Ct);
        var clustered = await File.ReadAllTextAsync(Path.Combine(folder, "cluster.csv"), Ct);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(0, score.ExitCode);
        Assert.Equal(0, cluster.ExitCode);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/0\"\")\"", scored, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1+1),", scored, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", clustered, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\"=", clustered, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/0\"\")\"", clustered, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/admin/o/alpha/roster/\\d+\"")]
    private static partial Regex EditLink();
}
