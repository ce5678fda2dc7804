using System.Globalization;
using Buerogewitter.Analytics.Csv;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Bench;

/// <summary>Priority micro-F1, stale F1 and diffuse F1 on bench/data/strategy-eval, per split.</summary>
internal static class EvalPriorities
{
    public static int Run(string[] args)
    {
        var dir = Path.Combine(Datasets.RepoRoot(), "bench", "data", "strategy-eval");
        var answers = CsvTable.Read(Path.Combine(dir, "answers.csv"));
        int Col(string name) => answers.ColumnIndex(name);
        var showErrors = args.Contains("--errors");
        Console.WriteLine("split  answers  priority-P  priority-R  priority-F1  stale-F1  diffuse-F1  supervised kappa (model / matcher, held-out)");
        foreach (var split in new[] { "dev", "test" })
        {
            var counts = new Dictionary<string, (int Tp, int Fp, int Fn)> { ["priority"] = default, ["stale"] = default, ["diffuse"] = default };
            var total = 0;
            var kappas = new List<string>();
            foreach (var company in new[] { "kessler", "alpina" })
            {
                var rows = answers.Rows.Where(r => r[Col("company")] == company && r[Col("split")] == split).ToList();
                total += rows.Count;
                var scorer = new PriorityScorer(ReadPriorities(Path.Combine(dir, company + "-priorities.csv")), ReadPriorities(Path.Combine(dir, company + "-stale.csv")));
                var texts = rows.Select(r => new AnswerText(r[Col("text")])).ToList();
                var result = scorer.Score(texts);
                for (var i = 0; i < rows.Count; i++)
                {
                    var got = result.Answers[i];
                    Count(counts, "priority", Ids(rows[i][Col("priorities")]), got.PriorityIds);
                    Count(counts, "stale", Ids(rows[i][Col("stale")]), got.StalePriorityIds);
                    Count(counts, "diffuse", rows[i][Col("diffuse")] == "1" ? ["d"] : [], got.IsDiffuse ? ["d"] : []);
                    var wrong = !Ids(rows[i][Col("priorities")]).SetEquals(got.PriorityIds) || !Ids(rows[i][Col("stale")]).SetEquals(got.StalePriorityIds) || (rows[i][Col("diffuse")] == "1") != got.IsDiffuse;
                    // Errors are listed for the dev split only: the test split is reported, never tuned on.
                    if (showErrors && wrong && split == "dev")
                    {
                        Console.WriteLine($"  {rows[i][0]} \"{rows[i][Col("text")]}\" want [{rows[i][Col("priorities")]}|{rows[i][Col("stale")]}|{rows[i][Col("diffuse")]}] got [{string.Join(';', got.PriorityIds)}|{string.Join(';', got.StalePriorityIds)}|{(got.IsDiffuse ? 1 : 0)}]");
                    }
                }
                // The supervised option, coded by the gold labels of this split; it checks itself on 30% held back.
                var coded = rows.Select((r, i) => new CodedAnswer(i, Ids(r[Col("priorities")]).ToList())).ToList();
                var supervised = scorer.Score(texts, coded).Supervised!;
                kappas.Add(string.Create(CultureInfo.InvariantCulture, $"{company} {supervised.ModelKappa:0.00}/{supervised.MatcherKappa:0.00} n={supervised.HeldOut}"));
            }
            var p = counts["priority"];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split,-5}  {total,7}  {Precision(p),10:0.000}  {Recall(p),10:0.000}  {F1(p),11:0.000}  {F1(counts["stale"]),8:0.000}  {F1(counts["diffuse"]),10:0.000}  {string.Join(", ", kappas)}"));
        }
        return 0;
    }

    private static HashSet<string> Ids(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    private static void Count(Dictionary<string, (int Tp, int Fp, int Fn)> counts, string key, IReadOnlyCollection<string> want, IReadOnlyCollection<string> got)
    {
        var (tp, fp, fn) = counts[key];
        tp += got.Count(want.Contains);
        fp += got.Count(g => !want.Contains(g));
        fn += want.Count(w => !got.Contains(w));
        counts[key] = (tp, fp, fn);
    }

    private static double Precision((int Tp, int Fp, int Fn) c) => c.Tp + c.Fp == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fp);

    private static double Recall((int Tp, int Fp, int Fn) c) => c.Tp + c.Fn == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fn);

    private static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / ((2.0 * c.Tp) + c.Fp + c.Fn);

    public static List<Priority> ReadPriorities(string path)
    {
        var table = CsvTable.Read(path);
        var id = table.ColumnIndex("id");
        var text = table.ColumnIndex("text");
        var examples = table.ColumnIndex("examples");
        return table.Rows.Select(r => new Priority(r[id], r[text], examples < 0 ? null : r[examples].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
    }
}
