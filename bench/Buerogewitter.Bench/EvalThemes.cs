using System.Globalization;
using Buerogewitter.Analytics.Embeddings;
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
                var options = new ThemeOptions { K = k, Seed = seed, Language = language, SetAsideDiffuse = false, Embedder = miniLm };
                var result = ThemeAnalyzer.Analyze(data.Select(d => new AnswerText(d.Text)).ToList(), options);
                // Answers without any content word get no theme; they count as one extra cluster.
                var predicted = result.Answers.Select(a => a.ThemeId ?? 0).ToList();
                scores.Add(ClusterMetrics.Score(data.Select(d => d.Label).ToList(), predicted));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {(miniLm is null ? "char-tfidf" : "MiniLM"),-12} {k,3}  {scores.Average(s => s.Nmi):0.000}  {scores.Average(s => s.Ari):0.000}  {scores.Average(s => s.V):0.000}"));
        }
        return 0;
    }
}
