namespace Buerogewitter.Core.Metrics;

/// <summary>
/// Jensen–Shannon divergence, base 2 and unweighted, so it runs from 0 (same distribution)
/// to 1 (nothing in common).
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

    /// <summary>
    /// The divergence between two sides' answers, each given as its weights over the same categories
    /// (<see cref="StrategyCategories"/>), corrected for chance.
    /// <para>
    /// A plug-in JSD of two samples is above zero even when both come from the same distribution, the more so
    /// the fewer answers a side has (15 answers a side over eight categories: about 0.1). The chance level is the
    /// mean JSD over <paramref name="permutations"/> shuffles of the side labels (keeping both sides' sizes); the
    /// estimate is the observed JSD minus that level, floored at 0, and the p-value is the share of shuffles at
    /// least as divergent as the observation. The 95% interval comes from a seeded bootstrap that resamples each
    /// side on its own, centred on the estimate, since resampling adds the same upward bias again.
    /// </para>
    /// </summary>
    public static DivergenceResult BetweenSides(IReadOnlyList<double[]> sideA, IReadOnlyList<double[]> sideB, int seed,
        int permutations = 1_000, int resamples = Bootstrap.DefaultResamples)
    {
        Samples.RequireNotEmpty(sideA, nameof(sideA));
        Samples.RequireNotEmpty(sideB, nameof(sideB));
        var categories = sideA[0].Length;
        var observed = Divergence(StrategyCategories.Sum(sideA, categories), StrategyCategories.Sum(sideB, categories));

        var pooled = sideA.Concat(sideB).ToArray();
        var random = new Random(seed);
        var order = Enumerable.Range(0, pooled.Length).ToArray();
        var a = new double[categories];
        var b = new double[categories];
        double nullSum = 0;
        var atLeast = 0;
        for (var p = 0; p < permutations; p++)
        {
            random.Shuffle(order);
            Array.Clear(a);
            Array.Clear(b);
            for (var i = 0; i < order.Length; i++)
            {
                var target = i < sideA.Count ? a : b;
                var weights = pooled[order[i]];
                for (var c = 0; c < categories; c++) target[c] += weights[c];
            }

            var shuffled = Divergence(a, b);
            nullSum += shuffled;
            // A tolerance, so that ties with the observation (common with few answers) count as ties.
            if (shuffled >= observed - 1e-12) atLeast++;
        }

        var chance = nullSum / permutations;
        var estimate = Math.Max(0, observed - chance);
        var draws = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            Resample(sideA, a, random);
            Resample(sideB, b, random);
            draws[r] = Divergence(a, b);
        }

        var centre = draws.Average();
        for (var r = 0; r < resamples; r++) draws[r] = Math.Clamp(draws[r] - centre + estimate, 0, 1);
        var interval = Bootstrap.FromDraws(estimate, draws);
        return new DivergenceResult(estimate, Math.Min(interval.Lower, estimate), Math.Max(interval.Upper, estimate), observed, chance,
            (atLeast + 1.0) / (permutations + 1));
    }

    private static void Resample(IReadOnlyList<double[]> side, double[] sum, Random random)
    {
        Array.Clear(sum);
        for (var i = 0; i < side.Count; i++)
        {
            var weights = side[random.Next(side.Count)];
            for (var c = 0; c < sum.Length; c++) sum[c] += weights[c];
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

/// <summary>
/// The divergence between the sides corrected for chance, with its 95% interval; <see cref="Raw"/> is the
/// plug-in JSD, <see cref="ChanceLevel"/> what shuffled side labels give on average, <see cref="PValue"/> the
/// permutation test's.
/// </summary>
public sealed record DivergenceResult(double Estimate, double Lower, double Upper, double Raw, double ChanceLevel, double PValue)
{
    public const double Significance = 0.05;

    /// <summary>Whether the sides differ more than shuffling the answers between them would make them.</summary>
    public bool BeyondChance => PValue < Significance;
}
