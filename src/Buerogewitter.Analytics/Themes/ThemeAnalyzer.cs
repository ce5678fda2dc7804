using Buerogewitter.Analytics.Text;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Themes;

/// <summary>
/// Clusters the answers of both sides together into themes. Diffuse answers are set aside first
/// (they would otherwise form one large "mehr Umsatz" theme). An answer is described by the character
/// n-grams of its own words (spelling, German compounds), by what its words mean in one language for all:
/// glossary concepts and, through the German–English dictionary, English word stems, so "Kliniken gewinnen"
/// and "win hospitals" share features (<see cref="ThemeOptions.PivotWeight"/>), and, given an embedder, by
/// its sentence embedding (<see cref="ThemeOptions.MeaningWeight"/>). With k automatic, k is the value in
/// [MinK, min(MaxK, answers / 4)] with the highest mean silhouette, measured on a seeded sample of at most
/// <see cref="ThemeOptions.AutoKSample"/> answers; the final KMeans then runs on all answers. Fewer distinct answers than k give fewer themes, one distinct
/// answer one theme.
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

        var (vectors, dimension, embedded) = Featurize(prepared, clusterable, answers, options);
        var silhouettes = new Dictionary<int, double>();
        // KMeans cannot place k centres on fewer distinct points ("Not enough distinct instances"): six
        // identical answers are one theme, not a crash.
        var distinct = Distinct(vectors);
        var k = options.K is { } fixedK ? Math.Clamp(fixedK, 1, clusterable.Length) : distinct <= options.MinK ? distinct : ChooseK(vectors, options, silhouettes);
        k = Math.Min(k, distinct);
        var clustering = k == 1 ? KMeansClustering.Single(vectors, dimension) : KMeansClustering.Fit(vectors, dimension, k, options.Seed, options.Restarts);

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
            var label = ThemeLabeler.Phrase(answers[representatives[0]].Text);
            themes.Add(new Theme(idOf[c], label, terms, representatives, members.Length, weights,
                embedded is null ? null : Mean(members.Select(j => embedded[j])), options.Embedder?.Name));
        }

        var assignments = prepared.Select((p, i) => new ThemeAssignment(i, themeOf[i], p.IsDiffuse, p.Language)).ToList();
        return new ThemeResult(assignments, themes, order.Length, silhouettes, diffuseShare);
    }

    /// <summary>
    /// The mean of sentence embeddings: a theme's centroid (comparable across waves, where n-gram dimensions are
    /// not) or a language's centre.
    /// </summary>
    private static float[] Mean(IEnumerable<float[]> vectors)
    {
        float[]? sum = null;
        var count = 0;
        foreach (var v in vectors)
        {
            sum ??= new float[v.Length];
            for (var d = 0; d < v.Length; d++) sum[d] += v[d];
            count++;
        }
        for (var d = 0; d < sum!.Length; d++) sum[d] /= count;
        return sum;
    }

    internal sealed record PreparedAnswer(string Language, bool IsDiffuse, IReadOnlyList<string> Words, IReadOnlyList<Token> Tokens, IReadOnlyList<string> Pivot);

    internal static List<PreparedAnswer> Prepare(IReadOnlyList<AnswerText> answers, ThemeOptions options)
    {
        var result = new PreparedAnswer[answers.Count];
        var units = new WordUnits(options.Lexicon, options.Glossary);
        // Answers are prepared independently of each other, so the cores share them out.
        Parallel.For(0, answers.Count, i =>
        {
            var text = answers[i].Text ?? string.Empty;
            var language = answers[i].Language
                ?? (options.Language is Languages.German or Languages.English ? options.Language : LanguageDetector.Detect(text, options.DefaultLanguage, options.Lexicon));
            var tokens = TextNormalizer.ContentTokens(text, language);
            result[i] = new PreparedAnswer(language, DiffuseDetector.IsDiffuse(text), tokens.Select(t => t.Key).ToList(), tokens,
                Pivot(units.Of(text, language)));
        });
        return [.. result];
    }

    /// <summary>
    /// An answer's words in one language for all: glossary concepts by name, English words by stem, German words by
    /// the stems of their first translations (or their own stem when the dictionary does not know them).
    /// </summary>
    private static List<string> Pivot(List<WordUnit> units) =>
        units.SelectMany(u => u.IsConcept || u.Translations.Count == 0 ? [u.Stem] : u.Translations.Take(PivotTranslations)).ToList();

    // A German word's first translations carry its main senses; later ones mostly add noise to the clustering.
    private const int PivotTranslations = 2;

    private static int Distinct(SparseVector[] vectors) =>
        vectors.Select(v => string.Join(',', v.Indices) + "|" + string.Join(',', v.Values.Select(x => MathF.Round(x, 5)))).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The vectors KMeans sees: the character n-grams (<see cref="Lexical"/>) and, with an embedder, the answers'
    /// sentence embeddings, joined with <see cref="ThemeOptions.MeaningWeight"/>. The embedder reads German as its
    /// word-by-word English gloss, as the priority scorer does (the shipped MiniLM is an English model: MASSIVE-de
    /// NMI 0.53 on the German, 0.59 on the gloss, embeddings alone, one seed), so a wave's answers are embedded once
    /// for both.
    /// </summary>
    private static (SparseVector[] Vectors, int Dimension, float[][]? Embedded) Featurize(List<PreparedAnswer> prepared, int[] clusterable, IReadOnlyList<AnswerText> answers, ThemeOptions options)
    {
        var (lexical, dimension) = Lexical(prepared, clusterable, options);
        if (options.Embedder is not { } embedder) return (lexical, dimension, null);
        if (options.MeaningWeight is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(options), options.MeaningWeight, "MeaningWeight is a share between 0 and 1");
        var embedded = embedder.Embed([.. clusterable.Select(i =>
        {
            var text = answers[i].Text ?? string.Empty;
            return options.Lexicon?.Reading(text, prepared[i].Language, options.Names).Text ?? text;
        })]);
        var all = Enumerable.Range(0, embedder.Dimension).ToArray();
        var dense = WithoutLanguageOffset(embedded, [.. clusterable.Select(i => prepared[i].Language)]).Select(v => new SparseVector(all, v)).ToArray();
        return (Join(lexical, dimension, dense, options.MeaningWeight), dimension + embedder.Dimension, embedded);
    }

    /// <summary>
    /// The embeddings with each language's mean offset removed, when both languages are more than an odd answer:
    /// a German answer's gloss and an English answer differ by a shift common to every pair of translations, which
    /// otherwise lets KMeans cut a large theme into its German and its English half. Each vector moves by its
    /// language's mean minus the mean of all, and is scaled back to unit length.
    /// </summary>
    internal static float[][] WithoutLanguageOffset(float[][] vectors, string[] languages)
    {
        if (MinorityShare(languages) <= MixedLanguages) return vectors;
        var overall = Mean(vectors);
        var offsets = languages.Distinct().ToDictionary(l => l, l =>
            Mean(vectors.Where((_, i) => languages[i] == l)).Select((x, d) => x - overall[d]).ToArray());
        return [.. vectors.Select((v, i) =>
        {
            var shifted = v.Select((x, d) => x - offsets[languages[i]][d]).ToArray();
            var norm = MathF.Sqrt(shifted.Sum(x => x * x));
            return norm > 0 ? shifted.Select(x => x / norm).ToArray() : shifted;
        })];
    }

    private static (SparseVector[] Vectors, int Dimension) Lexical(List<PreparedAnswer> prepared, int[] clusterable, ThemeOptions options)
    {
        var minDf = options.MinDocumentFrequency > 0 ? options.MinDocumentFrequency : clusterable.Length > 20_000 ? 2 : 1;
        var (model, vectors) = CharNgramTfidf.FitTransform(clusterable.Select(i => prepared[i].Words).ToList(), minDf);
        var weight = options.PivotWeight ?? PivotWeightFor(clusterable.Select(i => prepared[i].Language).ToList());
        if (weight <= 0 || options.Lexicon is null && options.Glossary.ConceptCount == 0) return (vectors, model.Dimension);
        var (pivotModel, pivot) = CharNgramTfidf.FitTransform(clusterable.Select(i => prepared[i].Pivot).ToList(), minDf);
        return (Join(vectors, model.Dimension, pivot, weight), model.Dimension + pivotModel.Dimension);
    }

    /// <summary>
    /// Each answer's two descriptions side by side, the second's features numbered after the first's. Both are unit
    /// vectors; scaled by the square roots of their weights, the dot product of two answers is the weighted mean of
    /// both cosines and the joined vector is again of unit length.
    /// </summary>
    private static SparseVector[] Join(SparseVector[] first, int firstDimension, SparseVector[] second, float secondWeight)
    {
        var a = MathF.Sqrt(1 - secondWeight);
        var b = MathF.Sqrt(secondWeight);
        return [.. first.Select((v, j) => new SparseVector(
            [.. v.Indices, .. second[j].Indices.Select(x => x + firstDimension)],
            [.. v.Values.Select(x => x * a), .. second[j].Values.Select(x => x * b)]))];
    }

    /// <summary>
    /// How much the shared meaning counts. Measured with bench eval-themes over ten seeds: at 0.5 one-language sets
    /// cluster about as well as without it (MASSIVE-de NMI 0.546 against 0.541, Banking77 0.655 against 0.658; one
    /// seed moves a run by about ±0.02), at 0.7 an answer and its translation
    /// share a theme in 64% of strategy-answers' pairs (43% at 0.5) but MASSIVE-de falls to 0.544. So 0.7 only
    /// when the other language is more than an odd answer.
    /// </summary>
    private static float PivotWeightFor(List<string> languages) => MinorityShare(languages) > MixedLanguages ? 0.7f : 0.5f;

    // Above this share of the smaller language, a set is read as mixed rather than as one language with odd answers.
    private const double MixedLanguages = 0.05;

    private static double MinorityShare(IReadOnlyCollection<string> languages)
    {
        var english = languages.Count(l => l == Languages.English);
        return Math.Min(english, languages.Count - english) / (double)Math.Max(1, languages.Count);
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
