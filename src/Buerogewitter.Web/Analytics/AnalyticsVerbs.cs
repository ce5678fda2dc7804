using Buerogewitter.Analytics.Csv;
using Buerogewitter.Analytics.Verbs;
using Buerogewitter.Web.Cli;

namespace Buerogewitter.Web.Analytics;

/// <summary><c>buerogewitter cluster</c>: themes of free-text answers from a CSV file; the work is in Analytics' ClusterVerb.</summary>
public sealed class ClusterAnswersVerb : Verb
{
    public override string Name => "cluster";

    public override string Summary => "group free-text answers from a CSV file into themes";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("input", "FILE.csv", "answers: RFC 4180, UTF-8, header row, ',' or ';'", Required: true),
        new("text-column", "NAME", "the column with the answer text", Required: true),
        new("id-column", "NAME", "the column with answer ids (default: 1-based row number)"),
        new("k", "N|auto", "number of themes, or auto (2–12, chosen by silhouette; default)"),
        new("language", "de|en|auto", "language of the answers (default: detected per answer)"),
        new("seed", "N", "random seed (default 0); the same seed gives the same themes"),
        new("output", "OUT.csv", "writes id,theme,theme_label,diffuse, one row per input row", Required: true),
    ];

    public override Task<int> RunAsync(VerbContext context)
    {
        var k = context.Get("k") is null or "auto" ? (int?)null : context.GetInt("k", 1, 1000);
        var request = new ClusterRequest(context.Require("text-column"), context.Get("id-column"), k,
            context.Get("language") ?? "auto", context.GetInt("seed", 0, int.MaxValue) ?? 0);
        var input = AnalyticsFiles.Read(context.Require("input"));
        var output = AnalyticsFiles.Run(() => ClusterVerb.Run(input, request, context.Progress));
        AnalyticsFiles.Write(context, context.Require("output"), output);
        return Task.FromResult(CommandLine.Success);
    }
}

/// <summary><c>buerogewitter score</c>: which official priorities each answer names; the work is in Analytics' ScoreVerb.</summary>
public sealed class ScoreAnswersVerb : Verb
{
    public override string Name => "score";

    public override string Summary => "score free-text answers against the strategy's priorities";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("priorities", "PRIORITIES.csv", "current priorities: id,text and optional examples (';'-separated)", Required: true),
        new("stale", "STALE.csv", "retired priorities, same columns"),
        new("coded", "CODED.csv", "answers coded by hand: id,priorities; trains a model and reports kappa"),
        new("input", "FILE.csv", "answers: RFC 4180, UTF-8, header row, ',' or ';'", Required: true),
        new("text-column", "NAME", "the column with the answer text", Required: true),
        new("id-column", "NAME", "the column with answer ids (default: 1-based row number)"),
        new("output", "OUT.csv", "writes id,priorities,diffuse,stale (priorities ';'-separated)", Required: true),
    ];

    public override Task<int> RunAsync(VerbContext context)
    {
        var priorities = AnalyticsFiles.Read(context.Require("priorities"));
        var stale = context.Get("stale") is { } s ? AnalyticsFiles.Read(s) : null;
        var coded = context.Get("coded") is { } c ? AnalyticsFiles.Read(c) : null;
        var input = AnalyticsFiles.Read(context.Require("input"));
        var request = new ScoreRequest(context.Require("text-column"), context.Get("id-column"));
        var output = AnalyticsFiles.Run(() => ScoreVerb.Run(priorities, stale, coded, input, request, context.Progress));
        AnalyticsFiles.Write(context, context.Require("output"), output);
        return Task.FromResult(CommandLine.Success);
    }
}

internal static class AnalyticsFiles
{
    public static CsvTable Read(string path)
    {
        try
        {
            return CsvTable.Read(path);
        }
        catch (CsvException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    public static VerbOutput Run(Func<VerbOutput> verb)
    {
        try
        {
            return verb();
        }
        catch (VerbInputException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    public static void Write(VerbContext context, string path, VerbOutput output)
    {
        try
        {
            CsvTable.Write(path, output.Header, output.Rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {ex.Message}");
        }

        foreach (var line in output.Summary)
        {
            context.Out.WriteLine(line);
        }
    }
}
