namespace Buerogewitter.Core.Metrics;

/// <summary>Agreement of two raters on nominal codes beyond what chance would give.</summary>
public static class CohensKappa
{
    /// <summary>
    /// κ = (observed − expected agreement) / (1 − expected). NaN when both raters use one and
    /// the same code for everything: chance then explains all agreement and κ is undefined.
    /// </summary>
    public static double Compute<T>(IReadOnlyList<T> raterA, IReadOnlyList<T> raterB)
        where T : notnull
    {
        Samples.RequireNotEmpty(raterA, nameof(raterA));
        ArgumentNullException.ThrowIfNull(raterB);
        if (raterA.Count != raterB.Count)
        {
            throw new ArgumentException($"Both raters must code the same items ({raterA.Count} vs {raterB.Count}).", nameof(raterB));
        }

        double n = raterA.Count;
        var observed = raterA.Zip(raterB).Count(pair => EqualityComparer<T>.Default.Equals(pair.First, pair.Second)) / n;
        var countsB = raterB.CountBy(code => code).ToDictionary();
        var expected = raterA.CountBy(code => code)
            .Sum(a => a.Value / n * (countsB.TryGetValue(a.Key, out var b) ? b / n : 0));
        return expected == 1 ? double.NaN : (observed - expected) / (1 - expected);
    }
}
