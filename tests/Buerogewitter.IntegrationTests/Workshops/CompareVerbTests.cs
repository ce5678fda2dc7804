using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed partial class CompareVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task On_the_demo_the_workshop_shows_an_improvement_in_recall_and_clarity_whose_interval_excludes_zero(string engine)
    {
        await SeedAsync(engine);
        var output = Path.Combine(RepositoryPaths.Root, "TestResults", $"compare-{engine}");

        var result = await VerbRunner.RunAsync(engine, "compare", "--org", "demo", "--workshop", "latest", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var html = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(output, "compare.html"), Ct));
        var rows = Rows().Matches(html).GroupBy(m => m.Groups["name"].Value).ToDictionary(g => g.Key, g => g.First().Value);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, rows.Values));
        foreach (var side in new[] { "Innendienst", "Außendienst" })
        {
            Assert.Contains("class=\"improved\"", rows[$"Prioritäten-Trefferquote – {side}"], StringComparison.Ordinal);
            Assert.Contains("class=\"improved\"", rows[$"Klarheitsindex (0–100) – {side}"], StringComparison.Ordinal);
        }

        Assert.Contains("Mann–Whitney p", html, StringComparison.Ordinal);
        // Issue #17: a p-value below 0.001 reads "< 0,001", never "0,000".
        Assert.DoesNotContain("<td>0,000</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>< 0,001</td>", html, StringComparison.Ordinal);
        Assert.Contains("So lesen Sie diese Seite", html, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(Path.Combine(output, "before-after.png"), Ct);
        Assert.True(png.Length > 5_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "before-after.png is not a drawn PNG");
        var svg = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(output, "before-after.svg"), Ct));
        Assert.Contains("Veränderung nach dem Workshop", svg, StringComparison.Ordinal);
        // Issue #17: the chart draws divergence and recall × 100 and its labels say so, not "0–1" (labels wrap over lines).
        var chartText = string.Join(' ', SvgText().Matches(svg).Select(m => m.Groups[1].Value.Trim()).Where(t => t.Length > 0));
        Assert.Contains("Divergenz zwischen den Seiten × 100", chartText, StringComparison.Ordinal);
        Assert.DoesNotContain("(0–1,", chartText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_page_reads_improved_and_explains_how_to_read_it()
    {
        await SeedAsync(Engines.Sqlite);
        var output = Path.Combine(RepositoryPaths.Root, "TestResults", "compare-en");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "compare", "--org", "demo", "--workshop", "latest", "--output", output, "--language", "en", "--baseline", "2");

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "compare.html"), Ct);
        Assert.Contains("Before: 2 surveys", html, StringComparison.Ordinal);
        Assert.Contains(">improved</td>", html, StringComparison.Ordinal);
        Assert.Contains("How to read this page", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_group_with_the_same_rise_turns_the_recall_verdict_into_noise()
    {
        var db = await SeedAsync(Engines.Sqlite);
        await using (var connection = await db.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("UPDATE organisation SET slug = 'twin' WHERE slug = 'demo'");
        }

        Assert.Equal(0, (await VerbRunner.RunAsync(Engines.Sqlite, "demo", "--seed-only", "--seed", "7")).ExitCode);
        var output = Path.Combine(RepositoryPaths.Root, "TestResults", "compare-did");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "compare", "--org", "demo", "--workshop", "latest", "--output", output, "--comparison", "twin");

        Assert.Equal(0, result.ExitCode);
        var html = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(output, "compare.html"), Ct));
        var rows = Rows().Matches(html).GroupBy(m => m.Groups["name"].Value).ToDictionary(g => g.Key, g => g.First().Value);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, rows.Values));
        Assert.Contains("gegenüber Vergleichsgruppe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("twin", html, StringComparison.Ordinal);
        Assert.Contains("class=\"noise\"", rows["Prioritäten-Trefferquote – Innendienst"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raised_thresholds_hide_every_figure_of_the_comparison()
    {
        var db = await SeedAsync(Engines.Sqlite);
        await using (var connection = await db.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("UPDATE organisation SET score_min_responses = 40, text_min_responses = 40 WHERE slug = 'demo'");
        }

        var output = Path.Combine(RepositoryPaths.Root, "TestResults", "compare-suppressed");
        var result = await VerbRunner.RunAsync(Engines.Sqlite, "compare", "--org", "demo", "--workshop", "latest", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "compare.html"), Ct);
        Assert.Contains("ausgeblendet (weniger als 40 Antworten)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"improved\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\s*→\s*[−+-]?\d", html);
    }

    [Theory]
    [InlineData("--workshop abc", "--workshop 'abc' is not a workshop id or latest")]
    [InlineData("--workshop 999999", "demo has no workshop 999999")]
    [InlineData("--workshop latest --comparison nobody", "no organisation with slug 'nobody' for --comparison")]
    [InlineData("--workshop latest --comparison demo", "--comparison must be another organisation than --org")]
    [InlineData("--workshop latest --baseline 0", "--baseline '0' is not a whole number from 1 to 12")]
    [InlineData("--workshop latest --language fr", "--language 'fr' is not one of de, en")]
    public async Task Bad_usage_exits_2_with_a_one_line_reason(string arguments, string reason)
    {
        await SeedAsync(Engines.Sqlite);

        var result = await VerbRunner.RunAsync(Engines.Sqlite, ["compare", "--org", "demo", "--output", Path.GetTempPath(), .. arguments.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"buerogewitter compare: {reason}", result.Error.Trim());
    }

    [Fact]
    public async Task An_organisation_without_a_workshop_is_a_usage_error()
    {
        await SeedAsync(Engines.Sqlite);
        Assert.Equal(0, (await VerbRunner.RunAsync(Engines.Sqlite, "org", "create", "--slug", "empty", "--name", "Leer GmbH")).ExitCode);

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "compare", "--org", "empty", "--workshop", "latest", "--output", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty has no workshop", result.Error, StringComparison.Ordinal);
    }

    private static async Task<Buerogewitter.Data.Database.Db> SeedAsync(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        return await TestDatabases.CurrentAsync(engine);
    }

    [GeneratedRegex("<tr><td>(?<name>[^<]+)</td>.*?</tr>")]
    private static partial Regex Rows();

    [GeneratedRegex(">([^<>]+)<")]
    private static partial Regex SvgText();
}
