using Buerogewitter.Core.Text;

namespace Buerogewitter.Core.Strategy;

/// <summary>Either every priority of the file, or every problem found in it — never part of a strategy.</summary>
public sealed record PrioritiesParseResult(IReadOnlyList<PriorityDraft> Priorities, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads a strategy's priorities from CSV: <c>id,text</c> and optionally <c>text_en</c> and <c>examples</c>
/// (phrases separated by <c>;</c>) — the columns <c>buerogewitter score --priorities</c> reads too. The
/// order of the rows is the order of the priorities. Every problem is reported with its line.
/// </summary>
public static class PrioritiesFile
{
    public static readonly IReadOnlyList<string> Columns = ["id", "text", "text_en", "examples"];

    private static readonly string[] RequiredColumns = ["id", "text"];

    public static PrioritiesParseResult Parse(string content)
    {
        CsvTable table;
        try
        {
            table = CsvReader.Parse(content);
        }
        catch (FormatException ex)
        {
            return new PrioritiesParseResult([], [ex.Message]);
        }

        var header = table.Header.Select(h => h.ToLowerInvariant()).ToList();
        var problems = header.Where(h => !Columns.Contains(h))
            .Select(h => $"line 1: unknown column '{h}' (expected {string.Join(", ", Columns)})")
            .Concat(RequiredColumns.Where(c => !header.Contains(c)).Select(c => $"line 1: column '{c}' is missing"))
            .Concat(header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => $"line 1: column '{g.Key}' appears {g.Count()} times"))
            .ToList();
        if (problems.Count > 0)
        {
            return new PrioritiesParseResult([], problems);
        }

        var priorities = new List<PriorityDraft>();
        var rows = 0;
        var firstLineOfId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.Records)
        {
            if (++rows > StrategyRules.MaxPriorities)
            {
                problems.Add($"line {record.Line}: a strategy has at most {StrategyRules.MaxPriorities} priorities; this is priority {rows}");
            }

            if (record.Fields.Count != header.Count)
            {
                problems.Add($"line {record.Line}: has {record.Fields.Count} fields, the header has {header.Count}");
                continue;
            }

            string? Field(string column) => header.IndexOf(column) is var i and >= 0 ? record.Fields[i].Trim() : null;
            var before = problems.Count;
            var id = Field("id")!;
            if (id.Length == 0)
            {
                problems.Add($"line {record.Line}: id is empty");
            }
            else if (!firstLineOfId.TryAdd(id, record.Line))
            {
                problems.Add($"line {record.Line}: id '{id}' already appears on line {firstLineOfId[id]}");
            }

            var text = Field("text")!;
            var textEn = Field("text_en") is { Length: > 0 } english ? english : null;
            problems.AddRange(new[]
            {
                text.Length == 0 ? "text is empty" : StrategyRules.CheckText("text", text),
                StrategyRules.CheckText("text_en", textEn),
            }.OfType<string>().Select(p => $"line {record.Line}: {p}"));
            if (problems.Count == before)
            {
                var examples = (Field("examples") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                priorities.Add(new PriorityDraft(text, textEn, examples));
            }
        }

        if (rows < StrategyRules.MinPriorities)
        {
            problems.Add($"the file lists {rows} priorities; a strategy has {StrategyRules.MinPriorities} to {StrategyRules.MaxPriorities}");
        }

        return new PrioritiesParseResult(problems.Count == 0 ? priorities : [], problems);
    }
}
