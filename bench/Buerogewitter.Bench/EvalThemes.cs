using System.Globalization;
using Buerogewitter.Analytics.Embeddings;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Bench;

/// <summary>
/// NMI, ARI and V-measure of the theme engine on the shared labelled sets (k = number of classes), and how often
/// <c>cluster --k auto</c> puts an answer of strategy-answers and its translation in one theme. The engine reads as
/// <c>cluster</c> does on sets of this size: character n-grams plus the sentence embeddings; <c>--no-embeddings</c>
/// leaves the embeddings out, <c>--meaning W</c> sets their weight, <c>--no-pivot</c>/<c>--pivot W</c> the dictionary part.
/// </summary>
internal static class EvalThemes
{
    public static int Run(string[] args)
    {
        var seeds = int.Parse(BenchOptions.Option(args, "--seeds") ?? "3", CultureInfo.InvariantCulture);
        using var model = args.Contains("--no-embeddings") ? null : SentenceEmbedders.MiniLm();
        // Every seed reads the same sentences; the cache embeds them once.
        var embedder = model is null ? null : new CachedEmbedder(model);
        var options = Options(args, embedder);
        var sets = new (string Name, string Language, List<LabelledText> Data)[]
        {
            (args.Contains("--dev") ? "MASSIVE-de dev" : "MASSIVE-de test", "de", Datasets.MassiveDe(args.Contains("--dev") ? "dev" : "test")),
            ("Banking77 test", "en", Datasets.Banking77()),
        };
        var features = embedder is null ? "n-grams" : string.Create(CultureInfo.InvariantCulture, $"n-grams+{options.MeaningWeight:0.##} {embedder.Name}");
        Console.WriteLine("dataset            k   NMI    ARI    V      (mean over seeds 0..{0}; {1})", seeds - 1, features);
        // --split C lists company C's pairs that seed 0 puts apart, and skips the other sets.
        foreach (var (name, language, data) in BenchOptions.Option(args, "--split") is null ? sets : [])
        {
            var k = data.Select(d => d.Label).Distinct().Count();
            var scores = new List<(double Nmi, double Ari, double V)>();
            for (var seed = 0; seed < seeds; seed++)
            {
                var result = ThemeAnalyzer.Analyze(data.Select(d => new AnswerText(d.Text)).ToList(),
                    options with { K = k, Seed = seed, Language = language, SetAsideDiffuse = false });
                // Answers without any content word get no theme; they count as one extra cluster.
                var predicted = result.Answers.Select(a => a.ThemeId ?? 0).ToList();
                scores.Add(ClusterMetrics.Score(data.Select(d => d.Label).ToList(), predicted));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {k,3}  {scores.Average(s => s.Nmi):0.000}  {scores.Average(s => s.Ari):0.000}  {scores.Average(s => s.V):0.000}"));
        }
        TranslationPairs(options, seeds, BenchOptions.Option(args, "--split"));
        return 0;
    }

    private static ThemeOptions Options(string[] args, ISentenceEmbedder? embedder)
    {
        var options = new ThemeOptions
        {
            Embedder = embedder,
            Lexicon = args.Contains("--no-pivot") ? null : TranslationLexicon.Shared,
            PivotWeight = args.Contains("--no-pivot") ? 0 : BenchOptions.Option(args, "--pivot") is { } w ? float.Parse(w, CultureInfo.InvariantCulture) : null,
        };
        return BenchOptions.Option(args, "--meaning") is { } m ? options with { MeaningWeight = float.Parse(m, CultureInfo.InvariantCulture) } : options;
    }

    /// <summary>
    /// Every answer of strategy-answers in German and in English, clustered together as <c>cluster --k auto</c> does,
    /// once per seed, all companies in one file and each company on its own: how often an answer and its translation
    /// land in one theme (strict: both in the same theme; with diffuse: also counting pairs that both set aside as
    /// diffuse). One clustering moves this by several points from seed to seed, so the mean is the figure.
    /// </summary>
    private static void TranslationPairs(ThemeOptions options, int seeds, string? split)
    {
        var answers = StrategyAnswers.Answers();
        ThemeResult? first = null;
        foreach (var (name, group) in new[] { ("all companies", answers) }.Concat(answers.GroupBy(a => a.Company).Select(g => ("company " + g.Key, g.ToList()))))
        {
            var texts = group.Select(a => new AnswerText(a.TextDe)).Concat(group.Select(a => new AnswerText(a.TextEn))).ToList();
            var n = group.Count;
            var strict = new List<double>();
            var loose = new List<double>();
            for (var seed = 0; seed < seeds; seed++)
            {
                var result = ThemeAnalyzer.Analyze(texts, options with { Seed = seed });
                first ??= result;
                if (seed == 0 && name == "company " + split) PrintSplit(group, result);
                strict.Add(Enumerable.Range(0, n).Count(i => result.Answers[i].ThemeId is { } t && result.Answers[i + n].ThemeId == t) / (double)n);
                loose.Add(Enumerable.Range(0, n).Count(i => result.Answers[i].ThemeId == result.Answers[i + n].ThemeId) / (double)n);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"strategy-answers, {name}: {n} answers in German and English, k auto: answer and translation in one theme {strict.Average():0.000} (seeds: {string.Join(' ', strict.Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))}), counting both diffuse {loose.Average():0.000}"));
        }
        if (split is not null) return;
        Console.WriteLine($"themes of all companies, seed 0 ({first!.Themes.Count}):");
        foreach (var theme in first.Themes) Console.WriteLine($"  {theme.Id,2} {theme.Size,4}  {theme.Label}");
    }

    private static void PrintSplit(List<DatasetAnswer> group, ThemeResult result)
    {
        var n = group.Count;
        var labels = result.Themes.ToDictionary(t => t.Id, t => t.Label);
        string Theme(int i) => result.Answers[i].ThemeId is { } t ? $"{t} {labels[t]}" : result.Answers[i].IsDiffuse ? "diffuse" : "none";
        foreach (var i in Enumerable.Range(0, n).Where(i => result.Answers[i].ThemeId is null || result.Answers[i].ThemeId != result.Answers[i + n].ThemeId))
        {
            Console.WriteLine($"  {group[i].Id} [{string.Join(';', group[i].Priorities)}] de ({Theme(i)}) \"{group[i].TextDe}\"  en ({Theme(i + n)}) \"{group[i].TextEn}\"");
        }
    }
}
