using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Buerogewitter.Core.Text;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Reports;

/// <summary>Every reader of figures and free text goes through the one anonymity gate (issue 15, points 1, 4 and 5).</summary>
public sealed partial class GatedReadersTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_a_single_field_answer_cannot_be_subtracted_out_of_the_api_or_the_metrics_file(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var waveId = await AnsweredWave.AddAsync(world.Db,
        [
            .. AnsweredWave.Repeat(3, "inside", "Neukunden gewinnen im Maschinenbau", rating: 4),
            .. AnsweredWave.Repeat(2, "inside", "Marge vor Umsatz bei Ersatzteilen", rating: 5),
            new TestAnswer("field", "Service ausbauen in der Region Süd", Rating: 1),
            .. AnsweredWave.Repeat(2, "lead", "Wachstum mit Bestandskunden"),
        ]);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.ApiClientAsync(app, "demo", AdminWorld.Administrator);

        using var metrics = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/organisations/demo/waves/{waveId}/metrics", TestContext.Current.CancellationToken));
        var shown = metrics.RootElement.EnumerateArray()
            .Select(m => (Side: m.GetProperty("side").GetString()!, Metric: m.GetProperty("metric").GetString()!, N: m.GetProperty("n").GetInt32())).ToList();
        // Inside has five answers: its own scores are shown.
        Assert.Contains(shown, m => m is { Side: "inside", Metric: "clarity_index", N: 5 });
        Assert.Contains(shown, m => m.Side == "inside" && m.Metric.StartsWith("item_", StringComparison.Ordinal));
        // Nothing over both sides (the gap, the divergence) and nothing of the one field answer or the two leads but counts.
        Assert.DoesNotContain(shown, m => m.Side == "all");
        Assert.All(shown.Where(m => m.Side is "field" or "lead"), m => Assert.Contains(m.Metric, new[] { "responses", "invitations" }));

        var file = Path.Combine(Path.GetTempPath(), $"bg-metrics-{Guid.NewGuid():N}.csv");
        var verb = await VerbRunner.RunAsync(engine, "metrics", "--org", "demo", "--output", file);
        var table = CsvReader.ReadFile(file);
        File.Delete(file);
        var rows = table.Rows.Where(r => r[0] == waveId.ToString(CultureInfo.InvariantCulture)).ToList();
        string Cell(string side, string column) => rows.Single(r => r[2] == side)[table.ColumnIndex(column)];


        Assert.Equal(0, verb.ExitCode);
        Assert.Equal("wave,month,side,responses,clarity,recall,diffuse,stale,divergence,divergence_low,divergence_high,divergence_p", string.Join(',', table.Header));
        Assert.Equal(["inside", "field"], rows.Select(r => r[2]));
        Assert.Equal("5", Cell("inside", "responses"));
        Assert.NotEqual("", Cell("inside", "clarity"));
        Assert.Equal("1", Cell("field", "responses"));
        Assert.All(new[] { "clarity", "recall", "diffuse", "stale" }, column => Assert.Equal("", Cell("field", column)));
        Assert.All(new[] { "inside", "field" }, side => Assert.Equal("", Cell(side, "divergence") + Cell(side, "divergence_low") + Cell(side, "divergence_high") + Cell(side, "divergence_p")));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_theme_labels_are_masked_like_quotes_in_the_report_and_its_chart(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(12, "inside", "Angebote für Andreas Krüger schneller schreiben, Andreas Krüger wartet"),
            .. AnsweredWave.Repeat(12, "field", "Angebote an Andreas Krüger, Krüger will Andreas-Preise"),
            .. AnsweredWave.Repeat(12, "inside", "Neukunden im Maschinenbau gewinnen"),
            .. AnsweredWave.Repeat(12, "field", "Marge vor Umsatz bei Ersatzteilen"),
        ]);

        var (html, svg) = await ReportAsync(engine);

        Assert.Contains("[Name]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Andreas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Krüger", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Andreas", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Krüger", svg, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_theme_labels_are_held_back_while_a_side_is_below_the_text_threshold(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(3, "inside", "Wartungsverträge verlängern"),
            .. AnsweredWave.Repeat(2, "inside", "Rahmenvereinbarungen nachverhandeln"),
            new TestAnswer("field", "Zollabwicklung Zollabwicklung Exportpapiere Zollabwicklung"),
        ]);

        var (html, svg) = await ReportAsync(engine);

        foreach (var word in new[] { "Zollabwicklung", "Exportpapiere", "Wartungsverträge", "Rahmenvereinbarungen" })
        {
            Assert.DoesNotContain(word, html, StringComparison.Ordinal);
            Assert.DoesNotContain(word, svg, StringComparison.Ordinal);
        }

        Assert.Matches(@"Thema \d+", html);
        Assert.Contains("Themenbezeichnungen und Beispielantworten erscheinen erst ab 10 Antworten je Seite", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_a_lead_answer_is_not_quoted_while_leads_are_below_the_text_threshold(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(12, "inside", "Neukunden im Maschinenbau gewinnen"),
            .. AnsweredWave.Repeat(12, "field", "Marge vor Umsatz bei Ersatzteilen"),
            new TestAnswer("lead", "Geheimprojekt Kolibri Kolibri bis Ostern abschließen"),
            new TestAnswer("lead", "Kolibri Geheimprojekt, Kolibri-Übernahme vorbereiten"),
        ]);

        var (html, svg) = await ReportAsync(engine);

        var quotes = QuoteElement().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(quotes);
        Assert.DoesNotContain(quotes, quote => quote.Contains("Kolibri", StringComparison.Ordinal));
        Assert.DoesNotContain("Kolibri", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kolibri", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue14_a_priority_theme_is_named_by_its_priority_in_the_reports_language_even_below_the_text_threshold()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        var db = await TestDatabases.CurrentAsync(Engines.Sqlite);
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("UPDATE priority SET text_en = 'Margin before volume: discounts only by the discount matrix' WHERE text LIKE 'Marge vor Menge%'");
        }

        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(4, "inside", "Marge vor Menge, Rabatte nur nach der Rabattmatrix"),
            .. AnsweredWave.Repeat(4, "field", "Rabatte nur nach Rabattmatrix, Marge geht vor"),
        ]);

        var (german, _) = await ReportAsync(Engines.Sqlite, "de");
        var (english, svg) = await ReportAsync(Engines.Sqlite, "en");

        // An official priority's text is no answer's words: the text threshold does not hold it back.
        Assert.Contains("Marge vor Menge: Rabatte nur nach der Rabattmatrix", german, StringComparison.Ordinal);
        Assert.Contains("Margin before volume: discounts only by the discount matrix", english, StringComparison.Ordinal);
        Assert.Contains("Margin before volume", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue14_a_side_names_something_clearly_more_often_only_when_fishers_test_says_so()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        var db = await TestDatabases.CurrentAsync(Engines.Sqlite);
        const string margin = "Marge vor Menge, Rabatte nur nach der Rabattmatrix";
        const string stressed = "nennt „Marge vor Menge: Rabatte nur nach der Rabattmatrix“ deutlich häufiger";

        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(6, "inside", margin), .. AnsweredWave.Repeat(6, "inside", "keine Ahnung"),
            .. AnsweredWave.Repeat(3, "field", margin), .. AnsweredWave.Repeat(9, "field", "keine Ahnung"),
        ]);
        var (chance, _) = await ReportAsync(Engines.Sqlite);
        await AnsweredWave.AddAsync(db,
        [
            .. AnsweredWave.Repeat(12, "inside", margin),
            .. AnsweredWave.Repeat(12, "field", "keine Ahnung"),
        ]);
        var (clear, _) = await ReportAsync(Engines.Sqlite);

        // 50 % against 25 % of twelve is within chance (p ≈ 0.4); 100 % against 0 % is not.
        Assert.DoesNotContain(stressed, WebUtility.HtmlDecode(chance), StringComparison.Ordinal);
        Assert.Contains("Innendienst " + stressed + " (100 % gegenüber 0 %)", WebUtility.HtmlDecode(clear), StringComparison.Ordinal);
    }

    private static async Task<(string Html, string Svg)> ReportAsync(string engine, string language = "de")
    {
        var output = Directory.CreateTempSubdirectory("bg-gated-report").FullName;
        var result = await VerbRunner.RunAsync(engine, "report", "--org", "demo", "--output", output, "--language", language);
        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"), TestContext.Current.CancellationToken);
        var svg = await File.ReadAllTextAsync(Path.Combine(output, "theme-shares.svg"), TestContext.Current.CancellationToken);
        Directory.Delete(output, recursive: true);
        return (html, svg);
    }

    [GeneratedRegex("<q>[^<]+</q>")]
    private static partial Regex QuoteElement();
}
