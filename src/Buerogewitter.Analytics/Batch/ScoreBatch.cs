using System.Globalization;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Analytics.Batch;

/// <summary>Arguments of <c>buerogewitter score</c>.</summary>
public sealed record ScoreRequest(string TextColumn, string? IdColumn = null, int Seed = 0);

/// <summary>
/// The <c>score</c> verb without file handling: output <c>id,priorities,diffuse,stale</c> with priorities
/// ';'-separated (empty if none) and diffuse/stale as 1/0. Priority and stale tables have <c>id,text</c>
/// and optional <c>examples</c> (';'-separated); the coded table has <c>id,priorities</c> keyed by answer id.
/// </summary>
public static class ScoreBatch
{
    public static readonly IReadOnlyList<string> Header = ["id", "priorities", "diffuse", "stale", "off_topic"];

    public static VerbOutput Run(CsvTable priorities, CsvTable? stale, CsvTable? coded, CsvTable input, ScoreRequest request, Action<string>? progress = null, ScorerResources? resources = null)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(request);
        var current = ReadPriorities(priorities, "priorities");
        if (current.Count == 0) throw new BatchInputException("the priorities file has no priorities");
        var retired = stale is null ? [] : ReadPriorities(stale, "stale priorities");
        var (ids, texts) = BatchInput.Answers(input, request.TextColumn, request.IdColumn);
        var codes = coded is null ? null : ReadCoded(coded, ids);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"scoring {texts.Count} answers …"));

        var result = new PriorityScorer(current, retired, resources).Score(texts.Select(t => new AnswerText(t)).ToList(), codes, request.Seed);
        var rows = result.Answers.Select(a => (IReadOnlyList<string>)
            [ids[a.Index], string.Join(';', a.PriorityIds), a.IsDiffuse ? "1" : "0", a.IsStale ? "1" : "0", a.IsOffTopic ? "1" : "0"]).ToList();

        var n = (double)texts.Count;
        var summary = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{texts.Count} answers: {result.Answers.Count(a => a.PriorityIds.Count > 0) / n:P0} name at least one priority, diffuse {result.Answers.Count(a => a.IsDiffuse) / n:P0}, stale {result.Answers.Count(a => a.IsStale) / n:P0}"),
        };
        foreach (var p in current)
        {
            summary.Add(string.Create(CultureInfo.InvariantCulture, $"  {p.Id}: {result.Answers.Count(a => a.PriorityIds.Contains(p.Id)) / n:P0} — {p.Text}"));
        }
        if (result.Supervised is { } s)
        {
            summary.Add(string.Create(CultureInfo.InvariantCulture, $"  {s.Coded} coded answers, {s.Repeats} × {s.Folds}-fold cross-validation, F1 against the coder:"));
            foreach (var c in s.Candidates)
            {
                summary.Add(string.Create(CultureInfo.InvariantCulture, $"    {c.Name}: {c.F1:0.00} (95% interval {c.Lower:0.00}–{c.Upper:0.00}){(c.Name == s.Chosen ? "  ← scores the uncoded answers" : string.Empty)}"));
            }
        }
        return new VerbOutput(Header, rows, summary);
    }

    private static List<Priority> ReadPriorities(CsvTable table, string what)
    {
        var id = BatchInput.Column(table, "id", what);
        var text = BatchInput.Column(table, "text", what);
        var examples = table.ColumnIndex("examples");
        var english = table.ColumnIndex("text_en");
        return table.Rows
            .Where(r => r[id].Length > 0)
            .Select(r => new Priority(r[id].Trim(), r[text], examples < 0 ? null : Split(r[examples]), english < 0 || r[english].Length == 0 ? null : r[english]))
            .ToList();
    }

    private static List<CodedAnswer> ReadCoded(CsvTable coded, List<string> ids)
    {
        var id = BatchInput.Column(coded, "id", "coded answers");
        var codes = BatchInput.Column(coded, "priorities", "coded answers");
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++) indexOf.TryAdd(ids[i], i);
        return coded.Rows
            .Where(r => indexOf.ContainsKey(r[id].Trim()))
            .Select(r => new CodedAnswer(indexOf[r[id].Trim()], Split(r[codes])))
            .ToList();
    }

    private static string[] Split(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
