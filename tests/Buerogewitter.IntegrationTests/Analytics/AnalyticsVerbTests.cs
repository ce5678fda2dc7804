using System.Text;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Analytics;

/// <summary>
/// The contracts of <c>cluster</c> and <c>score</c> as other tools see them: files in, exit code and
/// one CSV out. These verbs need no database; the runner's SQLite configuration is never opened.
/// </summary>
public sealed class AnalyticsVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bg-analytics-verbs-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Cluster_reads_semicolons_and_writes_one_row_per_answer_in_input_order_keyed_by_the_id_column()
    {
        var input = await WriteAsync("answers.csv", """
            Nr;Antwort;Seite
            a7;Angebote schneller rausschicken;ID
            b2;Neukunden im Mittelstand gewinnen;AD
            c3;keine Ahnung;AD
            d4;Angebote innerhalb von 24 Stunden;AD
            e5;mehr Neukunden akquirieren;ID
            f6;"Angebote am selben Tag; spätestens morgen";ID
            g1;Neukundengewinnung im Mittelstand;AD
            """);
        var output = Path.Combine(_folder, "themes.csv");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "cluster", "--input", input, "--text-column", "Antwort", "--id-column", "Nr", "--k", "2", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var rows = await ReadAsync(output);
        Assert.Equal("id,theme,theme_label,diffuse", rows[0]);
        var cells = rows.Skip(1).Select(r => r.Split(',', 2)).ToList();
        Assert.Equal(["a7", "b2", "c3", "d4", "e5", "f6", "g1"], cells.Select(c => c[0]));
        Assert.Equal("c3,,,1", rows[3]);
        var themeOf = rows.Skip(1).Select(Theme).ToList();
        Assert.Equal(themeOf[0], themeOf[3]);
        Assert.Equal(themeOf[0], themeOf[5]);
        Assert.Equal(themeOf[1], themeOf[4]);
        Assert.Equal(themeOf[1], themeOf[6]);
        Assert.NotEqual(themeOf[0], themeOf[1]);
        Assert.Contains("7 answers, 2 themes, diffuse 14", result.Out, StringComparison.Ordinal);
        Assert.Contains("theme 1: 3 answers", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_without_an_id_column_numbers_the_rows_from_1_and_keeps_quoted_commas_and_line_breaks()
    {
        var lines = new List<string> { "text,side" };
        for (var i = 0; i < 12; i++)
        {
            lines.Add(i % 2 == 0 ? $"\"Wartungsverträge, Ersatzteile {i}\",AD" : $"\"Angebote schneller\nraus {i}\",ID");
        }
        var input = await WriteAsync("answers.csv", string.Join("\r\n", lines) + "\r\n");
        var output = Path.Combine(_folder, "themes.csv");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "cluster", "--input", input, "--text-column", "text", "--k", "auto", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var rows = await ReadAsync(output);
        Assert.Equal(13, rows.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.All(rows.Skip(1), r => Assert.EndsWith(",0", r, StringComparison.Ordinal));
        Assert.Contains("(k chosen by silhouette)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_gives_the_same_themes_on_one_core_as_on_eight()
    {
        // Loosely structured answers, so that the restarts and the candidate k values really disagree:
        // each runs on its own core with its own seed, and which core finishes first must not matter.
        string[] words = ["Angebote", "schneller", "Neukunden", "Mittelstand", "Wartung", "Verträge", "Service", "Preise", "Rabatte", "Messe"];
        var random = new Random(5);
        var answers = Enumerable.Range(0, 600).Select(_ => string.Join(' ', Enumerable.Range(0, 4).Select(_ => words[random.Next(words.Length)])));
        var input = await WriteAsync("answers.csv", "text\n" + string.Join('\n', answers) + "\n");

        var outputs = new List<List<string>>();
        foreach (var cores in new[] { "1", "8" })
        {
            var output = Path.Combine(_folder, $"themes-{cores}.csv");
            using var app = AppProcess.Start(Engines.Sqlite, new Dictionary<string, string?> { ["DOTNET_PROCESSOR_COUNT"] = cores },
                "cluster", "--input", input, "--text-column", "text", "--k", "auto", "--seed", "3", "--output", output);
            Assert.Equal(0, await app.ExitAsync(TimeSpan.FromMinutes(2)));
            outputs.Add(await ReadAsync(output));
        }

        Assert.Equal(601, outputs[0].Count);
        Assert.InRange(outputs[0].Skip(1).Select(Theme).Distinct().Count(), 3, 12);
        Assert.Equal(outputs[0], outputs[1]);
    }

    [Fact]
    public async Task Score_writes_priority_ids_diffuse_and_stale_per_answer_in_input_order()
    {
        var priorities = await WriteAsync("priorities.csv", """
            id;text;examples
            P1;Neukunden im Mittelstand gewinnen;"Kaltakquise; Neukundenakquise"
            P2;Angebote innerhalb von 24 Stunden;
            """);
        var stale = await WriteAsync("stale.csv", "id,text\nS1,Messepräsenz verstärken\n");
        var input = await WriteAsync("answers.csv", """
            text,nr
            "Kaltakquise, und Angebote schneller",a7
            mehr auf Messen,b2
            weiß nicht,c3
            Angebote in 24h,d4
            """);
        var output = Path.Combine(_folder, "scores.csv");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "score", "--priorities", priorities, "--stale", stale,
            "--input", input, "--text-column", "text", "--id-column", "nr", "--output", output);

        Assert.Equal(0, result.ExitCode);
        // A field holding ';' is quoted, so a reader that guesses ';' as the separator (German Excel) cannot split it.
        Assert.Equal(["id,priorities,diffuse,stale,off_topic", "a7,\"P1;P2\",0,0,0", "b2,,0,1,0", "c3,,1,0,0", "d4,P2,0,0,0"], await ReadAsync(output));
        Assert.Contains("4 answers: 50", result.Out, StringComparison.Ordinal);
        Assert.Contains("P1: 25", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_without_an_id_column_numbers_the_rows_from_1()
    {
        var priorities = await WriteAsync("priorities.csv", "id,text\nP1,Wartungsverträge verkaufen\n");
        var input = await WriteAsync("answers.csv", "Antwort\nWartungsverträge abschließen\nkeine Ahnung\n");
        var output = Path.Combine(_folder, "scores.csv");

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "score", "--priorities", priorities, "--input", input, "--text-column", "antwort", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["id,priorities,diffuse,stale,off_topic", "1,P1,0,0,0", "2,,1,0,0"], await ReadAsync(output));
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "cluster", "missing text column", "column 'text' not found in input (columns: nr, antwort)" },
        { "cluster", "missing id column", "column 'id' not found in input (columns: nr, antwort)" },
        { "cluster", "header only", "the input has no answers" },
        { "cluster", "empty file", "input.csv: the file is empty" },
        { "cluster", "no such file", "missing.csv: unreadable (" },
        { "cluster", "not UTF-8", "input.csv: unreadable (" },
        { "score", "missing text column", "column 'text' not found in input (columns: nr, antwort)" },
        { "score", "missing id column", "column 'id' not found in input (columns: nr, antwort)" },
        { "score", "header only", "the input has no answers" },
        { "score", "empty file", "input.csv: the file is empty" },
        { "score", "no such file", "missing.csv: unreadable (" },
        { "score", "not UTF-8", "input.csv: unreadable (" },
        { "score", "priorities without text", "column 'text' not found in priorities (columns: id, wording)" },
        { "score", "no priorities", "the priorities file has no priorities" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_exits_2_with_a_one_line_reason_and_writes_no_output(string verb, string problem, string reason)
    {
        var input = Path.Combine(_folder, "input.csv");
        var idColumn = "nr";
        var textColumn = "text";
        switch (problem)
        {
            case "missing text column":
                await WriteAsync("input.csv", "nr,antwort\n1,Neukunden\n");
                break;
            case "missing id column":
                await WriteAsync("input.csv", "nr,antwort\n1,Neukunden\n");
                (idColumn, textColumn) = ("id", "antwort");
                break;
            case "header only":
                await WriteAsync("input.csv", "nr;text\n");
                break;
            case "empty file":
                await WriteAsync("input.csv", string.Empty);
                break;
            case "no such file":
                input = Path.Combine(_folder, "missing.csv");
                break;
            case "not UTF-8":
                await File.WriteAllBytesAsync(input, Encoding.Latin1.GetBytes("nr,text\n1,Außendienst stärken\n"), Ct);
                break;
            default:
                await WriteAsync("input.csv", "nr,text\n1,Neukunden gewinnen\n");
                break;
        }
        var priorities = await WriteAsync("priorities.csv", problem switch
        {
            "priorities without text" => "id,wording\nP1,Neukunden gewinnen\n",
            "no priorities" => "id,text\n,\n",
            _ => "id,text\nP1,Neukunden gewinnen\n",
        });
        var output = Path.Combine(_folder, "out.csv");
        string[] common = ["--input", input, "--text-column", textColumn, "--id-column", idColumn, "--output", output];

        var result = await VerbRunner.RunAsync(Engines.Sqlite, verb == "score" ? ["score", "--priorities", priorities, .. common] : ["cluster", .. common]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'), l => l.StartsWith("buerogewitter", StringComparison.Ordinal));
        Assert.StartsWith($"buerogewitter {verb}: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error.TrimEnd());
        Assert.False(File.Exists(output), "a failed verb must not leave an output file");
    }

    private static string Theme(string row) => row.Split(',')[1];

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(false), Ct);
        return path;
    }

    private static async Task<List<string>> ReadAsync(string path) =>
        [.. (await File.ReadAllTextAsync(path, Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
