using System.Text.Json;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Bench;

internal sealed record DatasetPriority(string Id, string ShortDe, string ShortEn, string TextDe, string TextEn);

internal sealed record DatasetCompany(string Id, string Name, IReadOnlyList<DatasetPriority> Priorities, IReadOnlyList<DatasetPriority> Stale);

internal sealed record DatasetAnswer(
    string Id, string Company, string Side, string Language, string Text, string TextDe, string TextEn,
    IReadOnlySet<string> Priorities, bool Diffuse, bool Stale, bool OffTopic, string Theme);

/// <summary>
/// ../shared/datasets/strategy-answers: three companies' priorities (companies.json), 450 coded answers
/// (answers.csv) and each answer in German and English (parallel.csv). Read in place, never copied.
/// </summary>
internal static class StrategyAnswers
{
    private static string Folder => Path.Combine(Datasets.Root(), "strategy-answers");

    public static List<DatasetCompany> Companies()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "companies.json")));
        static List<DatasetPriority> Read(JsonElement list) => list.EnumerateArray().Select(p => new DatasetPriority(
            p.GetProperty("id").GetString()!, p.GetProperty("short_de").GetString()!, p.GetProperty("short_en").GetString()!,
            p.GetProperty("text_de").GetString()!, p.GetProperty("text_en").GetString()!)).ToList();
        return json.RootElement.GetProperty("companies").EnumerateArray().Select(c => new DatasetCompany(
            c.GetProperty("company_id").GetString()!, c.GetProperty("name").GetString()!,
            Read(c.GetProperty("priorities")), Read(c.GetProperty("stale_priorities")))).ToList();
    }

    public static List<DatasetAnswer> Answers()
    {
        var answers = CsvReader.ReadFile(Path.Combine(Folder, "answers.csv"));
        var parallel = CsvReader.ReadFile(Path.Combine(Folder, "parallel.csv"));
        var translations = parallel.Rows.ToDictionary(r => r[parallel.ColumnIndex("id")], r => (De: r[parallel.ColumnIndex("text_de")], En: r[parallel.ColumnIndex("text_en")]));
        string Cell(IReadOnlyList<string> row, string column) => row[answers.ColumnIndex(column)];
        return answers.Rows.Select(r =>
        {
            var id = Cell(r, "id");
            return new DatasetAnswer(id, Cell(r, "company"), Cell(r, "side"), Cell(r, "language"), Cell(r, "text"),
                translations[id].De, translations[id].En,
                Cell(r, "priorities").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
                Cell(r, "diffuse") == "true", Cell(r, "stale") == "true", Cell(r, "off_topic") == "true", Cell(r, "theme"));
        }).ToList();
    }
}
