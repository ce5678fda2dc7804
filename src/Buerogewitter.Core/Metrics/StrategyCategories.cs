namespace Buerogewitter.Core.Metrics;

/// <summary>
/// What an answer says about the strategy, in categories that stay the same from wave to wave and in every
/// language: each current priority, "stale" (a retired priority), "diffuse" (no content) and "other" (concrete
/// but no priority, or off-topic). The divergence between the sides and each side's consensus are computed over
/// these, not over a wave's themes, which are refitted every month and so cannot be compared across waves.
/// An answer's weight of 1 is shared equally among the categories it names ("Kliniken und Pflegeheime": half
/// the hospital priority, half stale).
/// </summary>
public static class StrategyCategories
{
    /// <summary>Priorities first (in <paramref name="priorityCount"/> slots), then stale, diffuse, other.</summary>
    public static int Count(int priorityCount) => priorityCount + 3;

    /// <summary>One answer's weight per category.</summary>
    public static double[] Of(IReadOnlyCollection<long> named, bool stale, bool diffuse, IReadOnlyList<long> priorityIds)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(priorityIds);
        var weights = new double[Count(priorityIds.Count)];
        var hits = new List<int>();
        for (var p = 0; p < priorityIds.Count; p++)
        {
            if (named.Contains(priorityIds[p])) hits.Add(p);
        }

        if (stale) hits.Add(priorityIds.Count);
        if (hits.Count == 0) hits.Add(diffuse ? priorityIds.Count + 1 : priorityIds.Count + 2);
        foreach (var hit in hits) weights[hit] = 1.0 / hits.Count;
        return weights;
    }

    /// <summary>The summed weights of a group of answers: its distribution over the categories, unnormalised.</summary>
    public static double[] Sum(IEnumerable<double[]> answers, int categories)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var sum = new double[categories];
        foreach (var answer in answers)
        {
            for (var c = 0; c < categories; c++) sum[c] += answer[c];
        }

        return sum;
    }
}
