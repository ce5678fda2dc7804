using System.Globalization;
using Buerogewitter.Analytics.Embeddings;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Bench;

/// <summary>NMI, ARI and V-measure of the theme engine on the shared labelled sets, k = number of classes.</summary>
internal static class EvalThemes
{
    public static int Run(string[] args)
    {
        var seeds = int.Parse(BenchOptions.Option(args, "--seeds") ?? "3", CultureInfo.InvariantCulture);
        var sets = new (string Name, string Language, List<LabelledText> Data)[]
        {
            (args.Contains("--dev") ? "MASSIVE-de dev" : "MASSIVE-de test", "de", Datasets.MassiveDe(args.Contains("--dev") ? "dev" : "test")),
            ("Banking77 test", "en", Datasets.Banking77()),
        };
        Console.WriteLine("dataset            features      k   NMI    ARI    V      (mean over seeds 0..{0})", seeds - 1);
        using var miniLm = args.Contains("--embeddings") ? SentenceEmbedders.MiniLm() : null;
        foreach (var (name, language, data) in sets)
        {
            var k = data.Select(d => d.Label).Distinct().Count();
            var scores = new List<(double Nmi, double Ari, double V)>();
            for (var seed = 0; seed < seeds; seed++)
            {
                var options = new ThemeOptions
                {
                    K = k,
                    Seed = seed,
                    Language = language,
                    SetAsideDiffuse = false,
                    Embedder = miniLm,
                    Lexicon = args.Contains("--no-pivot") ? null : TranslationLexicon.Shared,
                    PivotWeight = args.Contains("--no-pivot") ? 0 : BenchOptions.Option(args, "--pivot") is { } w ? float.Parse(w, CultureInfo.InvariantCulture) : null,
                };
                var result = ThemeAnalyzer.Analyze(data.Select(d => new AnswerText(d.Text)).ToList(), options);
                // Answers without any content word get no theme; they count as one extra cluster.
                var predicted = result.Answers.Select(a => a.ThemeId ?? 0).ToList();
                scores.Add(ClusterMetrics.Score(data.Select(d => d.Label).ToList(), predicted));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {(miniLm is null ? "char-tfidf" : "MiniLM"),-12} {k,3}  {scores.Average(s => s.Nmi):0.000}  {scores.Average(s => s.Ari):0.000}  {scores.Average(s => s.V):0.000}"));
        }
        TranslationPairs(args);
        return 0;
    }

    /// <summary>
    /// Every answer of strategy-answers in German and in English, clustered together as <c>cluster --k auto</c> does:
    /// how often an answer and its translation land in one theme (strict: both in the same theme; with diffuse:
    /// also counting pairs that both set aside as diffuse).
    /// </summary>
    private static void TranslationPairs(string[] args)
    {
        var answers = StrategyAnswers.Answers();
        var texts = answers.Select(a => new AnswerText(a.TextDe)).Concat(answers.Select(a => new AnswerText(a.TextEn))).ToList();
        var options = new ThemeOptions
        {
            Seed = 0,
            Lexicon = args.Contains("--no-pivot") ? null : TranslationLexicon.Shared,
            PivotWeight = args.Contains("--no-pivot") ? 0 : BenchOptions.Option(args, "--pivot") is { } w ? float.Parse(w, CultureInfo.InvariantCulture) : null,
        };
        var result = ThemeAnalyzer.Analyze(texts, options);
        var n = answers.Count;
        var strict = Enumerable.Range(0, n).Count(i => result.Answers[i].ThemeId is { } t && result.Answers[i + n].ThemeId == t);
        var loose = Enumerable.Range(0, n).Count(i => result.Answers[i].ThemeId == result.Answers[i + n].ThemeId);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"strategy-answers, {n} answers in German and English clustered together: {result.Themes.Count} themes; answer and translation in one theme {strict / (double)n:0.000}, counting both diffuse {loose / (double)n:0.000}"));
        foreach (var theme in result.Themes) Console.WriteLine($"  {theme.Id,2} {theme.Size,4}  {theme.Label}");
    }
}
