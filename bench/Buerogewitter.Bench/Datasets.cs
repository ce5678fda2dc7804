using Buerogewitter.Core.Text;

namespace Buerogewitter.Bench;

internal sealed record LabelledText(string Text, int Label);

/// <summary>Reads the shared evaluation sets from ../shared/datasets relative to the repository root; they are never copied into the repository.</summary>
internal static class Datasets
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Buerogewitter.sln"))) dir = dir.Parent;
        var repo = dir?.FullName ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(repo, "..", "shared", "datasets"));
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Buerogewitter.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public static List<LabelledText> MassiveDe(string split = "test") =>
        File.ReadLines(Path.Combine(Root(), "massive-de", split + ".tsv"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(p => new LabelledText(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    public static List<LabelledText> Banking77()
    {
        var table = CsvReader.ReadFile(Path.Combine(Root(), "banking77", "test.csv"));
        var textColumn = table.ColumnIndex("text");
        var categoryColumn = table.ColumnIndex("category");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return table.Rows.Select(r => new LabelledText(r[textColumn], ids.TryGetValue(r[categoryColumn], out var id) ? id : ids[r[categoryColumn]] = ids.Count)).ToList();
    }
}
