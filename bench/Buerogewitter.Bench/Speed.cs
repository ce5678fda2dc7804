using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Bench;

/// <summary>
/// Speed: each run is a separate process measured by /usr/bin/time -v (wall clock and peak RSS of the
/// whole process): the real <c>buerogewitter cluster</c> executable as shipped, and scikit-learn's
/// TfidfVectorizer(char_wb 2–5, sublinear) + KMeans on the same synthetic answers with the same k and
/// the same number of restarts, each on the same seeds. NMI of both is computed here from their output
/// against the source labels.
/// </summary>
internal static partial class Speed
{
    public static int Run(string[] args)
    {
        var workDir = Path.Combine(Path.GetTempPath(), "buerogewitter-bench");
        Directory.CreateDirectory(workDir);
        var executable = Executable();
        var script = Path.Combine(Datasets.RepoRoot(), "bench", "sklearn_baseline.py");
        var seeds = int.Parse(BenchOptions.Option(args, "--seeds") ?? "3", CultureInfo.InvariantCulture);
        (int Answers, string K)[] runs = [(10_000, "auto"), (100_000, "10")];
        var only = BenchOptions.Option(args, "--answers");
        var chosen = runs.Where(r => only is null || r.Answers.ToString(CultureInfo.InvariantCulture) == only).ToList();
        if (chosen.Count == 0)
        {
            Console.Error.WriteLine($"--answers takes 10000 or 100000, not {only}");
            return 2;
        }
        var restarts = new ThemeOptions().Restarts.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine("answers  k        seed  engine        wall s   CPU s  peak MB  NMI");
        foreach (var (n, k) in chosen)
        {
            var answers = Synthetic(n);
            var gold = answers.Select(a => a.Label).ToList();
            var tsv = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"answers-{n}.tsv"));
            File.WriteAllLines(tsv, answers.Select(a => a.Label.ToString(CultureInfo.InvariantCulture) + "\t" + a.Text), new UTF8Encoding(false));
            var csv = Path.ChangeExtension(tsv, ".csv");
            CsvWriter.WriteFile(csv, ["text"], answers.Select(a => (IReadOnlyList<string>)[a.Text]).ToList());
            var themes = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"themes-{n}.csv"));

            // Both pipelines are seeded restarts of a randomised algorithm; one seed's NMI moves by a few
            // hundredths with the seed, so the comparison is over several seeds, each engine on the same ones.
            var rows = new List<(Measurement Ours, double OursNmi, Measurement Sklearn, double SklearnNmi)>();
            foreach (var seed in Enumerable.Range(1, seeds).Select(s => s.ToString(CultureInfo.InvariantCulture)))
            {
                var ours = Measure(executable, $"cluster --input {csv} --text-column text --k {k} --seed {seed} --output {themes}");
                var predicted = Themes(themes);
                var chosenK = predicted.Where(t => t > 0).Distinct().Count().ToString(CultureInfo.InvariantCulture);
                var oursNmi = ClusterMetrics.Score(gold, predicted).Nmi;
                var sklearn = Measure("/usr/bin/python3", $"{script} {tsv} {chosenK} {restarts} {seed}");
                var sklearnNmi = double.Parse(sklearn.Output["nmi"], CultureInfo.InvariantCulture);
                Print(n, $"{k}→{chosenK}", seed, "buerogewitter", ours, oursNmi);
                Print(n, chosenK, seed, "scikit-learn", sklearn, sklearnNmi);
                rows.Add((ours, oursNmi, sklearn, sklearnNmi));
            }

            Print(n, k, "mean", "buerogewitter", Mean(rows.Select(r => r.Ours)), rows.Average(r => r.OursNmi));
            Print(n, k, "mean", "scikit-learn", Mean(rows.Select(r => r.Sklearn)), rows.Average(r => r.SklearnNmi));
            // The seeds drive different random generators in the two engines, so the runs are not pairs:
            // the difference of the means gets an unpaired bootstrap interval, read as the reports read theirs.
            var difference = MeanDifference.Unpaired(rows.Select(r => r.SklearnNmi).ToList(), rows.Select(r => r.OursNmi).ToList(), seed: n);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,7}  NMI buerogewitter − scikit-learn over {rows.Count} seeds: {difference.Estimate:+0.000;−0.000}, 95% interval {difference.Lower:+0.000;−0.000} to {difference.Upper:+0.000;−0.000}: {Reading(difference)}"));
        }

        return 0;
    }

    private static string Reading(Interval difference) => difference.VerdictFor(higherIsBetter: true) switch
    {
        Verdict.Improved => "buerogewitter better",
        Verdict.Worse => "buerogewitter worse",
        _ => "not distinguishable from noise",
    };

    /// <summary>The buerogewitter executable built in the same configuration as this bench (the project reference builds it).</summary>
    private static string Executable()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(Datasets.RepoRoot(), "src", "Buerogewitter.Web", "bin", configuration, "net10.0", "buerogewitter");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build src/Buerogewitter.Web in {configuration} first", path);
    }

    /// <summary>Theme per answer from the verb's output; answers without a theme count as one extra cluster.</summary>
    private static List<int> Themes(string path)
    {
        var table = CsvReader.ReadFile(path);
        var theme = table.ColumnIndex("theme");
        return table.Rows.Select(r => r[theme].Length == 0 ? 0 : int.Parse(r[theme], CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>
    /// Answers resampled from the labelled sets (German and English), each lightly perturbed —
    /// a word dropped, two words swapped or a filler added — so that few answers repeat exactly.
    /// </summary>
    private static List<LabelledText> Synthetic(int n)
    {
        var source = Datasets.MassiveDe("test").Concat(Datasets.MassiveDe("dev"))
            .Concat(Datasets.Banking77().Select(b => b with { Label = b.Label + 1000 }))
            .ToList();
        // A subset of intents keeps the labelled structure comparable to a wave with a handful of themes.
        var intents = source.Select(s => s.Label).Distinct().Order().Where((_, i) => i % 7 == 0).ToHashSet();
        var pool = source.Where(s => intents.Contains(s.Label)).ToList();
        var random = new Random(20240611);
        string[] fillers = ["halt", "eben", "bitte", "ja", "also", "please", "actually", "ok"];
        var result = new List<LabelledText>(n);
        for (var i = 0; i < n; i++)
        {
            var pick = pool[random.Next(pool.Count)];
            var words = pick.Text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
            var roll = random.NextDouble();
            if (roll < 0.3 && words.Count > 2) words.RemoveAt(random.Next(words.Count));
            else if (roll < 0.5 && words.Count > 1)
            {
                var j = random.Next(words.Count - 1);
                (words[j], words[j + 1]) = (words[j + 1], words[j]);
            }
            else if (roll < 0.7) words.Insert(random.Next(words.Count + 1), fillers[random.Next(fillers.Length)]);
            result.Add(new LabelledText(string.Join(' ', words), pick.Label));
        }
        return result;
    }

    private sealed record Measurement(double Seconds, double CpuSeconds, double PeakMb, Dictionary<string, string> Output);

    private static Measurement Measure(string program, string arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time", $"-v {program} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var output = stdout.Result.Split('\n').Select(l => l.Trim().Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var wall = WallClock().Match(stderr);
        var rss = PeakRss().Match(stderr);
        if (process.ExitCode != 0 || !wall.Success) throw new InvalidOperationException($"{program} failed: {stderr}");
        var parts = wall.Groups[1].Value.Split(':');
        var seconds = parts.Reverse().Select((p, i) => double.Parse(p, CultureInfo.InvariantCulture) * Math.Pow(60, i)).Sum();
        // CPU time (user + system) next to wall time: on a shared machine the wall clock also measures the neighbours.
        var cpu = CpuTime().Matches(stderr).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new Measurement(seconds, cpu, double.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) / 1024, output);
    }

    private static void Print(int n, string k, string seed, string engine, Measurement m, double nmi) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n,7}  {k,-7}  {seed,-4}  {engine,-13} {m.Seconds,6:0.0}  {m.CpuSeconds,6:0.0}  {m.PeakMb,7:0}  {nmi:0.000}"));

    /// <summary>Mean wall and CPU time; peak memory is the largest of the runs.</summary>
    private static Measurement Mean(IEnumerable<Measurement> runs)
    {
        var list = runs.ToList();
        return new Measurement(list.Average(r => r.Seconds), list.Average(r => r.CpuSeconds), list.Max(r => r.PeakMb), []);
    }

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"(?:User|System) time \(seconds\): ([0-9.]+)")]
    private static partial Regex CpuTime();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakRss();
}
