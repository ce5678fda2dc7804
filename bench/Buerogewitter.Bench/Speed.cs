using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Bench;

/// <summary>
/// Speed: each run is a separate process measured by /usr/bin/time -v (wall clock and peak RSS of the
/// whole process), ours and scikit-learn's TfidfVectorizer(char_wb 2–5, sublinear) + KMeans on the
/// same synthetic answers with the same k and the same number of restarts.
/// </summary>
internal static partial class Speed
{
    public static int Run(string[] args)
    {
        var workDir = Path.Combine(Path.GetTempPath(), "buerogewitter-bench");
        Directory.CreateDirectory(workDir);
        var self = Environment.ProcessPath!;
        var dll = typeof(Speed).Assembly.Location;
        var script = Path.Combine(Datasets.RepoRoot(), "bench", "sklearn_baseline.py");
        Console.WriteLine("answers  k      engine        wall s  peak MB  NMI");
        foreach (var (n, k) in new[] { (10_000, "auto"), (100_000, "10") })
        {
            var data = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"answers-{n}.tsv"));
            File.WriteAllLines(data, Synthetic(n).Select(a => a.Label.ToString(CultureInfo.InvariantCulture) + "\t" + a.Text), new UTF8Encoding(false));

            var ours = Measure(self, self.EndsWith("dotnet", StringComparison.Ordinal) ? $"\"{dll}\" speed-run {data} {k}" : $"speed-run {data} {k}");
            var chosenK = ours.Output.TryGetValue("k", out var kk) ? kk : k;
            var restarts = ours.Output.GetValueOrDefault("restarts", "3");
            Print(n, k, "buerogewitter", ours);
            var sklearn = Measure("/usr/bin/python3", $"{script} {data} {chosenK} {restarts}");
            Print(n, chosenK, "scikit-learn", sklearn);
        }
        return 0;
    }

    /// <summary>The measured part: read, cluster, score against the source labels.</summary>
    public static int RunOnce(string[] args)
    {
        var lines = File.ReadAllLines(args[0]);
        var gold = lines.Select(l => int.Parse(l[..l.IndexOf('\t', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ToList();
        var answers = lines.Select(l => new AnswerText(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..])).ToList();
        var options = new ThemeOptions { K = args[1] == "auto" ? null : int.Parse(args[1], CultureInfo.InvariantCulture), SetAsideDiffuse = false };
        var result = ThemeAnalyzer.Analyze(answers, options);
        var predicted = result.Answers.Select(a => a.ThemeId ?? 0).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"k={result.K}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"restarts={(answers.Count <= 5000 ? 10 : options.Restarts)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nmi={ClusterMetrics.Score(gold, predicted).Nmi:0.000}"));
        return 0;
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

    private sealed record Measurement(double Seconds, double PeakMb, Dictionary<string, string> Output);

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
        return new Measurement(seconds, double.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) / 1024, output);
    }

    private static void Print(int n, string k, string engine, Measurement m) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n,7}  {k,-5}  {engine,-13} {m.Seconds,6:0.0}  {m.PeakMb,7:0}  {m.Output.GetValueOrDefault("nmi", "?")}"));

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakRss();
}
