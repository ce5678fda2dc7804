using Buerogewitter.Analytics.Text;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Themes;

/// <summary>
/// Clusters the answers of both sides together into themes. Diffuse answers are set aside first
/// (they would otherwise form one large "mehr Umsatz" theme). With k automatic, k is the value in
/// [MinK, min(MaxK, answers / 4)] with the highest mean silhouette, measured on a seeded sample of
/// at most <see cref="ThemeOptions.AutoKSample"/> answers; the final KMeans then runs on all answers.
/// </summary>
public static class ThemeAnalyzer
{
    public static ThemeResult Analyze(IReadOnlyList<AnswerText> answers, ThemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(options);
        var prepared = Prepare(answers, options);
        var diffuseCount = prepared.Count(p => p.IsDiffuse);
        var clusterable = Enumerable.Range(0, prepared.Count)
            .Where(i => !(options.SetAsideDiffuse && prepared[i].IsDiffuse) && prepared[i].Words.Count > 0)
            .ToArray();
        var diffuseShare = answers.Count == 0 ? 0 : (double)diffuseCount / answers.Count;
        if (clusterable.Length == 0)
        {
            return new ThemeResult(prepared.Select((p, i) => new ThemeAssignment(i, null, p.IsDiffuse, p.Language)).ToList(), [], 0, new Dictionary<int, double>(), diffuseShare);
        }

        var (vectors, dimension) = Featurize(prepared, clusterable, answers, options);
        var silhouettes = new Dictionary<int, double>();
        var k = options.K is { } fixedK ? Math.Clamp(fixedK, 1, clusterable.Length) : ChooseK(vectors, options, silhouettes);
        var clustering = KMeansClustering.Fit(vectors, dimension, k, options.Seed, options.Restarts);

        // Ids 1..k by descending size, so the largest theme is theme 1 whatever KMeans numbered it.
        var sizes = new int[clustering.Centroids.Length];
        foreach (var l in clustering.Labels) sizes[l]++;
        var order = Enumerable.Range(0, sizes.Length).Where(c => sizes[c] > 0)
            .OrderByDescending(c => sizes[c]).ThenBy(c => Array.IndexOf(clustering.Labels, c)).ToArray();
        var idOf = new int[sizes.Length];
        for (var rank = 0; rank < order.Length; rank++) idOf[order[rank]] = rank + 1;

        var themeOf = new int?[answers.Count];
        for (var j = 0; j < clusterable.Length; j++) themeOf[clusterable[j]] = idOf[clustering.Labels[j]];

        var labeler = new ThemeLabeler(prepared.Select(p => p.Tokens).ToList(), clusterable, order.Length);
        var themes = new List<Theme>();
        foreach (var c in order)
        {
            var members = Enumerable.Range(0, clusterable.Length).Where(j => clustering.Labels[j] == c).ToArray();
            var (terms, weights) = labeler.Label(members.Select(j => clusterable[j]).ToList(), options.TopTerms);
            var representatives = members
                .OrderByDescending(j => vectors[j].Dot(clustering.Centroids[c]))
                .ThenBy(j => j)
                .Select(j => clusterable[j])
                .DistinctBy(i => answers[i].Text.Trim())
                .Take(options.RepresentativeCount)
                .ToList();
            var label = terms.Count == 0 ? TextNormalizer.Fold(answers[representatives[0]].Text) : string.Join(", ", terms.Take(3));
            themes.Add(new Theme(idOf[c], label, terms, representatives, members.Length, weights,
                options.Embedder is null ? null : clustering.Centroids[c], options.Embedder?.Name));
        }

        var assignments = prepared.Select((p, i) => new ThemeAssignment(i, themeOf[i], p.IsDiffuse, p.Language)).ToList();
        return new ThemeResult(assignments, themes, order.Length, silhouettes, diffuseShare);
    }

    internal sealed record PreparedAnswer(string Language, bool IsDiffuse, IReadOnlyList<string> Words, IReadOnlyList<Token> Tokens);

    internal static List<PreparedAnswer> Prepare(IReadOnlyList<AnswerText> answers, ThemeOptions options)
    {
        var result = new PreparedAnswer[answers.Count];
        // Answers are prepared independently of each other, so the cores share them out.
        Parallel.For(0, answers.Count, i =>
        {
            var text = answers[i].Text ?? string.Empty;
            var language = answers[i].Language
                ?? (options.Language is Languages.German or Languages.English ? options.Language : LanguageDetector.Detect(text, options.DefaultLanguage));
            var tokens = TextNormalizer.ContentTokens(text, language);
            result[i] = new PreparedAnswer(language, DiffuseDetector.IsDiffuse(text, language), tokens.Select(t => t.Key).ToList(), tokens);
        });
        return [.. result];
    }

    private static (SparseVector[] Vectors, int Dimension) Featurize(List<PreparedAnswer> prepared, int[] clusterable, IReadOnlyList<AnswerText> answers, ThemeOptions options)
    {
        if (options.Embedder is { } embedder)
        {
            var embedded = embedder.Embed(clusterable.Select(i => answers[i].Text).ToList());
            var all = Enumerable.Range(0, embedder.Dimension).ToArray();
            return (embedded.Select(v => new SparseVector(all, v)).ToArray(), embedder.Dimension);
        }
        var minDf = options.MinDocumentFrequency > 0 ? options.MinDocumentFrequency : clusterable.Length > 20_000 ? 2 : 1;
        var (model, vectors) = CharNgramTfidf.FitTransform(clusterable.Select(i => prepared[i].Words).ToList(), minDf);
        return (vectors, model.Dimension);
    }

    private static int ChooseK(SparseVector[] vectors, ThemeOptions options, Dictionary<int, double> silhouettes)
    {
        var n = vectors.Length;
        var maxK = Math.Min(options.MaxK, Math.Max(options.MinK, n / 4));
        maxK = Math.Min(maxK, n - 1);
        if (maxK < options.MinK) return Math.Max(1, Math.Min(options.MinK, n));

        var random = new Random(options.Seed);
        var sampleIndices = n <= options.AutoKSample
            ? Enumerable.Range(0, n).ToArray()
            : Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(options.AutoKSample).Order().ToArray();
        var (sample, sampleDimension) = Compact(sampleIndices.Select(i => vectors[i]).ToArray());
        var silhouette = new Silhouette(sample, sampleDimension);
        var candidates = Enumerable.Range(options.MinK, maxK - options.MinK + 1).ToArray();
        var scores = new double[candidates.Length];
        // Each candidate k is fitted and scored on its own, so they run side by side on all cores.
        Parallel.For(0, candidates.Length, c =>
        {
            var fit = KMeansClustering.Fit(sample, sampleDimension, candidates[c], options.Seed, restarts: sample.Length <= 500 ? 5 : 1);
            scores[c] = silhouette.Score(fit.Labels, candidates[c]);
        });
        var bestK = options.MinK;
        var bestScore = double.MinValue;
        for (var c = 0; c < candidates.Length; c++)
        {
            silhouettes[candidates[c]] = scores[c];
            if (scores[c] > bestScore)
            {
                bestScore = scores[c];
                bestK = candidates[c];
            }
        }
        return bestK;
    }

    /// <summary>
    /// Renumbers the features a sample actually uses to 0..m-1: a sample of short answers touches a
    /// fraction of the vocabulary, and KMeans' dense centroids cost time per dimension.
    /// </summary>
    private static (SparseVector[] Vectors, int Dimension) Compact(SparseVector[] sample)
    {
        var used = sample.SelectMany(v => v.Indices).Distinct().Order().ToArray();
        var slot = new Dictionary<int, int>(used.Length);
        for (var i = 0; i < used.Length; i++) slot[used[i]] = i;
        // Renumbering keeps the order of the indices, so each vector stays sorted.
        return (sample.Select(v => new SparseVector(v.Indices.Select(i => slot[i]).ToArray(), v.Values)).ToArray(), used.Length);
    }
}
