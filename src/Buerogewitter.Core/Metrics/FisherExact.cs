namespace Buerogewitter.Core.Metrics;

/// <summary>
/// Fisher's exact test on a 2×2 table: whether two groups (the sides) name a category at different rates.
/// Exact at every sample size, so it holds at the 10–20 answers a side of a small sales team, where a
/// chi-square approximation does not.
/// </summary>
public static class FisherExact
{
    // As R's fisher.test: tables whose probability equals the observed one up to rounding count as "as extreme".
    private const double RelativeTolerance = 1e-7;

    /// <summary>
    /// The two-sided p-value for group 1 with <paramref name="inFirst"/> of <paramref name="totalFirst"/> in the
    /// category and group 2 with <paramref name="inSecond"/> of <paramref name="totalSecond"/>: the summed
    /// probability, with all margins fixed, of every table at most as likely as the observed one.
    /// </summary>
    public static double TwoSided(int inFirst, int totalFirst, int inSecond, int totalSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(inSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalFirst, inFirst);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalSecond, inSecond);
        var n = totalFirst + totalSecond;
        var named = inFirst + inSecond;
        var logFactorial = new double[n + 1];
        for (var i = 1; i <= n; i++)
        {
            logFactorial[i] = logFactorial[i - 1] + Math.Log(i);
        }

        // Hypergeometric probability of x in the category in group 1, given both margins.
        double LogP(int x) =>
            logFactorial[totalFirst] + logFactorial[totalSecond] + logFactorial[named] + logFactorial[n - named] - logFactorial[n]
            - logFactorial[x] - logFactorial[totalFirst - x] - logFactorial[named - x] - logFactorial[totalSecond - named + x];

        var observed = LogP(inFirst) + Math.Log(1 + RelativeTolerance);
        var p = 0.0;
        for (var x = Math.Max(0, named - totalSecond); x <= Math.Min(totalFirst, named); x++)
        {
            var logP = LogP(x);
            if (logP <= observed)
            {
                p += Math.Exp(logP);
            }
        }

        return Math.Min(1, p);
    }

    /// <summary>
    /// Holm's step-down adjustment of several p-values tested together (one per theme), so that among all of
    /// them the chance of calling any difference real by accident stays at the level (family-wise error).
    /// </summary>
    public static IReadOnlyList<double> Holm(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var order = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToList();
        var adjusted = new double[pValues.Count];
        var running = 0.0;
        for (var rank = 0; rank < order.Count; rank++)
        {
            running = Math.Max(running, Math.Min(1, (pValues.Count - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
