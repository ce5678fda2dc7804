namespace Buerogewitter.Core.Metrics;

/// <summary>
/// Jensen–Shannon divergence, base 2 and unweighted, so it runs from 0 (same distribution)
/// to 1 (no theme in common).
/// </summary>
public static class JensenShannon
{
    /// <summary>Divergence between two distributions given as counts or shares (each is normalised).</summary>
    public static double Divergence(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Count != q.Count)
        {
            throw new ArgumentException($"Both distributions need the same number of themes ({p.Count} vs {q.Count}).", nameof(q));
        }

        var pTotal = Total(p, nameof(p));
        var qTotal = Total(q, nameof(q));
        var divergence = 0.0;
        for (var i = 0; i < p.Count; i++)
        {
            var pi = p[i] / pTotal;
            var qi = q[i] / qTotal;
            var mi = (pi + qi) / 2;
            divergence += (Term(pi, mi) + Term(qi, mi)) / 2;
        }

        // Rounding can leave a hair below 0 or above 1.
        return Math.Clamp(divergence, 0, 1);
    }

    /// <summary>Divergence between two sides' theme distributions (theme index per answer).</summary>
    public static double Divergence(IReadOnlyList<int> themesA, IReadOnlyList<int> themesB, int themeCount) =>
        Divergence(Themes.Counts(themesA, themeCount), Themes.Counts(themesB, themeCount));

    /// <summary>
    /// Divergence with a seeded bootstrap 95% interval; each side is resampled on its own,
    /// as the sides are independent samples of different sizes.
    /// </summary>
    public static Interval DivergenceInterval(
        IReadOnlyList<int> themesA, IReadOnlyList<int> themesB, int themeCount, int seed, int resamples = Bootstrap.DefaultResamples)
    {
        var estimate = Divergence(themesA, themesB, themeCount);
        var countsA = new double[themeCount];
        var countsB = new double[themeCount];
        return Bootstrap.Percentile(estimate, random =>
        {
            ResampleCounts(themesA, countsA, random);
            ResampleCounts(themesB, countsB, random);
            return Divergence(countsA, countsB);
        }, seed, resamples);
    }

    private static void ResampleCounts(IReadOnlyList<int> themes, double[] counts, Random random)
    {
        Array.Clear(counts);
        for (var i = 0; i < themes.Count; i++)
        {
            counts[themes[random.Next(themes.Count)]]++;
        }
    }

    // 0 · log(0 / m) is taken as 0: a theme one side never names adds nothing on that side.
    private static double Term(double share, double mixture) =>
        share == 0 ? 0 : share * Math.Log2(share / mixture);

    private static double Total(IReadOnlyList<double> distribution, string name)
    {
        var total = 0.0;
        foreach (var value in distribution)
        {
            if (value < 0 || double.IsNaN(value))
            {
                throw new ArgumentException("Counts and shares must not be negative.", name);
            }

            total += value;
        }

        return total > 0 ? total : throw new ArgumentException("The distribution is empty (all zero).", name);
    }
}
