using System.Diagnostics;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Hosting;

/// <summary>Failures say what happened in one line and leave nothing half-written (issue 15, point 10).</summary>
public sealed class FailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("report", "--month", "latest")]
    [InlineData("compare", "--workshop", "latest")]
    public async Task Issue15_an_output_that_is_a_file_or_cannot_be_created_exits_2_with_one_line(string verb, string option, string value)
    {
        await SeedDemoAsync();
        var file = Path.GetTempFileName();

        var ontoFile = await VerbRunner.RunAsync(Engines.Sqlite, verb, "--org", "demo", option, value, "--output", file);
        var unwritable = await VerbRunner.RunAsync(Engines.Sqlite, verb, "--org", "demo", option, value, "--output", "/proc/1/bg-report");
        var content = await File.ReadAllTextAsync(file, Ct);
        File.Delete(file);

        Assert.Equal(2, ontoFile.ExitCode);
        Assert.Equal($"buerogewitter {verb}: --output '{file}' is a file, not a folder", ontoFile.Error.Trim().Split('\n').Last());
        Assert.Equal("", content);
        Assert.Equal(2, unwritable.ExitCode);
        Assert.StartsWith($"buerogewitter {verb}: cannot create the folder '/proc/1/bg-report': ", unwritable.Error.Trim().Split('\n').Last(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", ontoFile.Error + unwritable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metrics_verb_says_in_one_line_what_is_wrong_with_its_organisation_or_output()
    {
        await SeedDemoAsync();
        var folder = Directory.CreateTempSubdirectory("bg-metrics").FullName;

        var unknown = await VerbRunner.RunAsync(Engines.Sqlite, "metrics", "--org", "nope", "--output", Path.Combine(folder, "m.csv"));
        var ontoFolder = await VerbRunner.RunAsync(Engines.Sqlite, "metrics", "--org", "demo", "--output", folder);
        var help = await VerbRunner.RunAsync(Engines.Sqlite, "metrics", "--help");
        var left = Directory.GetFiles(folder);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("buerogewitter metrics: no organisation with slug 'nope' (see buerogewitter org list)", unknown.Error.Trim());
        Assert.Equal(2, ontoFolder.ExitCode);
        Assert.Equal($"buerogewitter metrics: cannot write '{folder}': it is a folder", ontoFolder.Error.Trim());
        Assert.Contains("usage: buerogewitter metrics --org SLUG --output FILE.csv", help.Out, StringComparison.Ordinal);
        Assert.Empty(left);
    }

    [Fact]
    public async Task Issue15_a_month_beyond_the_calendar_is_a_usage_error_in_plain_words()
    {
        await SeedDemoAsync();

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "report", "--org", "demo", "--month", "9999-12", "--output", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("buerogewitter report: --month '9999-12' is not between 2000-01 and 9998-12", result.Error.Trim());
    }

    [Fact]
    public async Task Issue15_a_full_disk_leaves_neither_a_truncated_file_nor_an_empty_chart()
    {
        await SeedDemoAsync();
        var folder = Directory.CreateTempSubdirectory("bg-full-disk").FullName;
        var input = Path.Combine(Path.GetTempPath(), $"bg-answers-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(input, ["id,text", .. Enumerable.Range(1, 2000).Select(i =>
            $"{i},{(i % 2 == 0 ? "Neukunden im Maschinenbau gewinnen" : "Marge vor Umsatz bei Ersatzteilen")} Antwort {i}")], Ct);
        if (!await RunAsync("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", folder))
        {
            Assert.Skip("mounting a small file system needs root");
        }

        try
        {
            // What is left after the filler is less than any of the outputs below needs.
            await File.WriteAllBytesAsync(Path.Combine(folder, "filler"), new byte[(256 - 16) * 1024], Ct);
            var cluster = await VerbRunner.RunAsync(Engines.Sqlite, "cluster", "--input", input, "--text-column", "text", "--k", "2",
                "--output", Path.Combine(folder, "themes.csv"));
            var report = await VerbRunner.RunAsync(Engines.Sqlite, "report", "--org", "demo", "--output", Path.Combine(folder, "report"));
            var left = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

            Assert.Equal(2, cluster.ExitCode);
            Assert.StartsWith($"buerogewitter cluster: cannot write '{Path.Combine(folder, "themes.csv")}': ", cluster.Error.Trim().Split('\n').Last(), StringComparison.Ordinal);
            Assert.Equal(2, report.ExitCode);
            Assert.Contains("cannot write", report.Error, StringComparison.Ordinal);
            Assert.Equal(["filler"], left);
        }
        finally
        {
            await RunAsync("umount", folder);
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Issue15_cluster_refuses_an_answer_longer_than_anyone_writes_without_echoing_it()
    {
        var input = Path.Combine(Path.GetTempPath(), $"bg-answers-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(input, ["id,text", "1,Neukunden gewinnen", "2," + string.Concat(Enumerable.Repeat("Marge ", 200_000)), "3,Service"], Ct);
        var clock = Stopwatch.StartNew();

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "cluster", "--input", input, "--text-column", "text", "--output", input + ".out");
        File.Delete(input);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"buerogewitter cluster: {input}: row 2: the answer has 1200000 characters; at most 10000 are taken", result.Error.Trim());
        Assert.Equal("", result.Out);
        Assert.False(File.Exists(input + ".out"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Issue15_score_refuses_a_priority_without_text_and_codes_for_answers_or_priorities_that_do_not_exist()
    {
        var folder = Directory.CreateTempSubdirectory("bg-score").FullName;
        string Write(string name, string content)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
            return Path.Combine(folder, name);
        }

        var input = Write("answers.csv", "id,text\na1,Neukunden gewinnen\na2,Marge halten\n");
        var good = Write("priorities.csv", "id,text\nP1,Neukunden gewinnen\nP2,Marge halten\n");
        var empty = Write("empty.csv", "id,text\nP1,Neukunden gewinnen\nP2,  \n");
        var unknownAnswer = Write("coded-answer.csv", "id,priorities\na1,P1\na9,P2\n");
        var unknownPriority = Write("coded-priority.csv", "id,priorities\na1,P1\na2,P7\n");
        Task<VerbResult> ScoreAsync(params string[] extra) => VerbRunner.RunAsync(Engines.Sqlite,
            ["score", "--input", input, "--text-column", "text", "--id-column", "id", "--output", Path.Combine(folder, "out.csv"), .. extra]);

        var emptyText = await ScoreAsync("--priorities", empty);
        var codedAnswer = await ScoreAsync("--priorities", good, "--coded", unknownAnswer);
        var codedPriority = await ScoreAsync("--priorities", good, "--coded", unknownPriority);
        var written = File.Exists(Path.Combine(folder, "out.csv"));
        Directory.Delete(folder, recursive: true);

        Assert.Equal(2, emptyText.ExitCode);
        Assert.Equal($"buerogewitter score: {empty}: row 2: priority 'P2' has no text", emptyText.Error.Trim());
        Assert.Equal(2, codedAnswer.ExitCode);
        Assert.Equal($"buerogewitter score: {unknownAnswer}: row 2: answer id 'a9' is not in the input", codedAnswer.Error.Trim());
        Assert.Equal(2, codedPriority.ExitCode);
        Assert.Equal($"buerogewitter score: {unknownPriority}: row 2: priority 'P7' is not in the priorities file", codedPriority.Error.Trim());
        Assert.False(written);
    }

    private static async Task SeedDemoAsync()
    {
        await DemoSnapshots.RestoreAsync(Engines.Sqlite);
    }

    private static async Task<bool> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync(Ct);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
