namespace Buerogewitter.Analytics.Themes;

/// <summary>A current theme and the previous wave's theme it continues (null when new).</summary>
public sealed record ThemeMatch(int CurrentId, int? PreviousId, int StableId, double Similarity);

/// <summary>How a wave's themes continue the previous wave's; <see cref="Vanished"/> lists previous ids with no successor.</summary>
public sealed record ThemeMatching(IReadOnlyList<ThemeMatch> Matches, IReadOnlyList<int> Vanished)
{
    public IEnumerable<ThemeMatch> New => Matches.Where(m => m.PreviousId is null);
}

/// <summary>
/// Matches themes across waves greedily by similarity (highest pair first, each theme used once).
/// Similarity is the cosine of the c-TF-IDF term weights, since each wave has its own TF-IDF
/// vocabulary and centroids are not comparable; when both waves used the same embedder, the cosine
/// of the embedding centroids is averaged in. Pairs below the threshold do not match.
/// </summary>
public static class ThemeMatcher
{
    public static ThemeMatching Match(IReadOnlyList<Theme> previous, IReadOnlyList<Theme> current, double threshold = 0.2)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var pairs = new List<(int P, int C, double S)>();
        for (var p = 0; p < previous.Count; p++)
        {
            for (var c = 0; c < current.Count; c++)
            {
                pairs.Add((p, c, Similarity(previous[p], current[c])));
            }
        }
        var usedPrevious = new HashSet<int>();
        var matchOf = new Dictionary<int, (int P, double S)>();
        foreach (var (p, c, s) in pairs.OrderByDescending(x => x.S).ThenBy(x => x.P).ThenBy(x => x.C))
        {
            if (s < threshold || usedPrevious.Contains(p) || matchOf.ContainsKey(c)) continue;
            usedPrevious.Add(p);
            matchOf[c] = (p, s);
        }
        var nextId = previous.Count == 0 ? 1 : previous.Max(t => t.Id) + 1;
        var matches = new List<ThemeMatch>();
        for (var c = 0; c < current.Count; c++)
        {
            if (matchOf.TryGetValue(c, out var m))
            {
                matches.Add(new ThemeMatch(current[c].Id, previous[m.P].Id, previous[m.P].Id, m.S));
            }
            else
            {
                matches.Add(new ThemeMatch(current[c].Id, null, nextId++, 0));
            }
        }
        var vanished = Enumerable.Range(0, previous.Count).Where(p => !usedPrevious.Contains(p)).Select(p => previous[p].Id).ToList();
        return new ThemeMatching(matches, vanished);
    }

    public static double Similarity(Theme a, Theme b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var terms = Cosine(a.TermWeights, b.TermWeights);
        if (a.EmbeddingCentroid is { } ea && b.EmbeddingCentroid is { } eb && a.EmbedderName == b.EmbedderName && ea.Length == eb.Length)
        {
            double dot = 0, na = 0, nb = 0;
            for (var i = 0; i < ea.Length; i++)
            {
                dot += ea[i] * eb[i];
                na += ea[i] * ea[i];
                nb += eb[i] * eb[i];
            }
            var centroid = na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
            return (terms + centroid) / 2;
        }
        return terms;
    }

    private static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        double dot = 0;
        foreach (var (term, w) in a)
        {
            if (b.TryGetValue(term, out var v)) dot += w * v;
        }
        var na = Math.Sqrt(a.Values.Sum(w => w * w));
        var nb = Math.Sqrt(b.Values.Sum(w => w * w));
        return na > 0 && nb > 0 ? dot / (na * nb) : 0;
    }
}
