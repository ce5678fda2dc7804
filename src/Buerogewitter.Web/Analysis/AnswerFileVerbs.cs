using System.Globalization;
using Buerogewitter.Analytics.Batch;
using Buerogewitter.Core.Text;
using Buerogewitter.Web.Cli;

namespace Buerogewitter.Web.Analysis;

/// <summary><c>buerogewitter cluster</c>: themes of free-text answers from a CSV file; the work is in Analytics' ClusterBatch.</summary>
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
        new("embeddings", "on|off|auto", string.Create(CultureInfo.InvariantCulture, $"read the answers with the sentence model too (default auto: on up to {ClusterBatch.EmbeddingsUpTo:N0} answers)")),
        new("output", "OUT.csv", "writes id,theme,theme_label,diffuse, one row per input row", Required: true),
    ];

    public override Task<int> RunAsync(VerbContext context)
    {
        var k = context.Get("k") is null or "auto" ? (int?)null : context.GetInt("k", 1, 1000);
        var request = new ClusterRequest(context.Require("text-column"), context.Get("id-column"), k,
            context.Get("language") ?? "auto", context.GetInt("seed", 0, int.MaxValue) ?? 0, context.Get("embeddings") ?? "auto");
        var input = AnswerFiles.ReadAnswers(context.Require("input"), request.TextColumn);
        var output = AnswerFiles.Run(() => ClusterBatch.Run(input, request, context.Progress));
        return AnswerFiles.WriteAsync(context, context.Require("output"), output);
    }
}

/// <summary><c>buerogewitter score</c>: which official priorities each answer names; the work is in Analytics' ScoreBatch.</summary>
public sealed class ScoreAnswersVerb : Verb
{
    public override string Name => "score";

    public override string Summary => "score free-text answers against the strategy's priorities";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("priorities", "PRIORITIES.csv", "current priorities: id,text and optional examples (';'-separated)", Required: true),
        new("stale", "STALE.csv", "retired priorities, same columns"),
        new("coded", "CODED.csv", "answers coded by hand: id,priorities; learns from them and reports F1 with its interval"),
        new("input", "FILE.csv", "answers: RFC 4180, UTF-8, header row, ',' or ';'", Required: true),
        new("text-column", "NAME", "the column with the answer text", Required: true),
        new("id-column", "NAME", "the column with answer ids (default: 1-based row number)"),
        new("output", "OUT.csv", "writes id,priorities,diffuse,stale (priorities ';'-separated)", Required: true),
    ];

    public override Task<int> RunAsync(VerbContext context)
    {
        var priorities = PrioritiesFile(context.Require("priorities"));
        var stale = context.Get("stale") is { } s ? PrioritiesFile(s) : null;
        var request = new ScoreRequest(context.Require("text-column"), context.Get("id-column"));
        var input = AnswerFiles.ReadAnswers(context.Require("input"), request.TextColumn);
        var coded = context.Get("coded") is { } c ? CodedFile(c, input, request.IdColumn, priorities) : null;
        var output = AnswerFiles.Run(() => ScoreBatch.Run(priorities, stale, coded, input, request, context.Progress));
        return AnswerFiles.WriteAsync(context, context.Require("output"), output);
    }

    // A priority without text can match nothing; it would only lower everyone's recall.
    private static CsvTable PrioritiesFile(string path)
    {
        var table = AnswerFiles.Read(path);
        var (id, text) = (table.ColumnIndex("id"), table.ColumnIndex("text"));
        for (var row = 0; id >= 0 && text >= 0 && row < table.Rows.Count; row++)
        {
            if (table.Rows[row][id].Trim().Length > 0 && table.Rows[row][text].Trim().Length == 0)
            {
                throw new UsageException($"{path}: row {row + 1}: priority '{table.Rows[row][id].Trim()}' has no text");
            }
        }

        return table;
    }

    // Codes of answers that are not in the input, or of priorities that do not exist, are typing errors: say so.
    private static CsvTable CodedFile(string path, CsvTable input, string? idColumn, CsvTable priorities)
    {
        var table = AnswerFiles.Read(path);
        var (id, codes) = (table.ColumnIndex("id"), table.ColumnIndex("priorities"));
        if (id < 0 || codes < 0)
        {
            return table;
        }

        var inputId = idColumn is null ? -1 : input.ColumnIndex(idColumn);
        var answers = Enumerable.Range(0, input.Rows.Count)
            .Select(row => inputId < 0 ? (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : input.Rows[row][inputId].Trim())
            .ToHashSet(StringComparer.Ordinal);
        var known = priorities.Rows.Select(r => r[priorities.ColumnIndex("id")].Trim()).ToHashSet(StringComparer.Ordinal);
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var answer = table.Rows[row][id].Trim();
            if (!answers.Contains(answer))
            {
                throw new UsageException($"{path}: row {row + 1}: answer id '{answer}' is not in the input");
            }

            if (table.Rows[row][codes].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(p => !known.Contains(p)) is { } unknown)
            {
                throw new UsageException($"{path}: row {row + 1}: priority '{unknown}' is not in the priorities file");
            }
        }

        return table;
    }
}

/// <summary>
/// The files of <c>cluster</c> and <c>score</c>: inputs bounded (a file of at most 64 MB, an answer of at
/// most 10,000 characters), outputs written whole or not at all, printed lines cut to a readable length.
/// </summary>
internal static class AnswerFiles
{
    public const long MaxInputBytes = 64L * 1024 * 1024;
    public const int MaxAnswerLength = 10_000;
    private const int MaxPrintedLength = 300;

    public static CsvTable Read(string path)
    {
        if (new FileInfo(path) is { Exists: true, Length: > MaxInputBytes } file)
        {
            throw new UsageException($"{path}: the file has {file.Length / 1024 / 1024} MB; at most {MaxInputBytes / 1024 / 1024} MB are read");
        }

        try
        {
            return CsvReader.ReadFile(path);
        }
        catch (CsvException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    /// <summary>The answers file, refused when an answer is longer than anyone writes in a survey.</summary>
    public static CsvTable ReadAnswers(string path, string textColumn)
    {
        var table = Read(path);
        var text = table.ColumnIndex(textColumn);
        for (var row = 0; text >= 0 && row < table.Rows.Count; row++)
        {
            if (table.Rows[row][text].Length > MaxAnswerLength)
            {
                throw new UsageException($"{path}: row {row + 1}: the answer has {table.Rows[row][text].Length} characters; at most {MaxAnswerLength} are taken");
            }
        }

        return table;
    }

    public static VerbOutput Run(Func<VerbOutput> verb)
    {
        try
        {
            return verb();
        }
        catch (BatchInputException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    public static async Task<int> WriteAsync(VerbContext context, string path, VerbOutput output)
    {
        await OutputFiles.WriteAsync(path, async (stream, _) =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            CsvWriter.Write(writer, output.Header, output.Rows);
        }, context.Cancellation);
        foreach (var line in output.Summary)
        {
            context.Out.WriteLine(line.Length <= MaxPrintedLength ? line : string.Concat(line.AsSpan(0, MaxPrintedLength), "…"));
        }

        return CommandLine.Success;
    }
}
