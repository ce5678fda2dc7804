namespace Buerogewitter.Core.Metrics;

/// <summary>U is the statistic of the first sample (pairs where it is larger, ties counting one half).</summary>
public sealed record MannWhitneyResult(double U, double PValue, bool Exact);

/// <summary>Mann–Whitney U test for two unpaired samples of ordinal answers, two-sided.</summary>
public static class MannWhitney
{
    /// <summary>Without ties and with at most this many values in the smaller sample, the p-value is exact.</summary>
    public const int ExactMaxSmallerSample = 8;

    /// <summary>
    /// Two-sided test. Small samples without ties get the exact p-value; otherwise the normal
    /// approximation with tie and continuity correction, as Likert answers are full of ties.
    /// </summary>
    public static MannWhitneyResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Samples.RequireNotEmpty(x, nameof(x));
        Samples.RequireNotEmpty(y, nameof(y));
        var (u, tieSizes) = RankSum(x, y);
        if (tieSizes.Count == 0 && Math.Min(x.Count, y.Count) <= ExactMaxSmallerSample)
        {
            return new MannWhitneyResult(u, ExactPValue(u, x.Count, y.Count), Exact: true);
        }

        return new MannWhitneyResult(u, NormalPValue(u, x.Count, y.Count, tieSizes), Exact: false);
    }

    internal static double U(IReadOnlyList<double> x, IReadOnlyList<double> y) => RankSum(x, y).U;

    private static (double U, List<int> TieSizes) RankSum(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var pooled = x.Select(value => (Value: value, FromX: true))
            .Concat(y.Select(value => (Value: value, FromX: false)))
            .OrderBy(item => item.Value)
            .ToArray();
        var tieSizes = new List<int>();
        var rankSumX = 0.0;
        for (var start = 0; start < pooled.Length;)
        {
            var end = start;
            while (end + 1 < pooled.Length && pooled[end + 1].Value == pooled[start].Value)
            {
                end++;
            }

            // Tied values share the mean of the ranks they occupy (ranks are 1-based).
            var rank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                if (pooled[i].FromX)
                {
                    rankSumX += rank;
                }
            }

            if (end > start)
            {
                tieSizes.Add(end - start + 1);
            }

            start = end + 1;
        }

        return (rankSumX - (x.Count * (x.Count + 1) / 2.0), tieSizes);
    }

    private static double NormalPValue(double u, int n1, int n2, List<int> tieSizes)
    {
        double n = n1 + n2;
        var tieTerm = tieSizes.Sum(t => ((double)t * t * t) - t);
        var variance = n1 * (double)n2 / 12 * (n + 1 - (tieTerm / (n * (n - 1))));
        if (variance <= 0)
        {
            return 1; // every value is the same: no evidence of any difference
        }

        var z = Math.Max(Math.Abs(u - (n1 * (double)n2 / 2)) - 0.5, 0) / Math.Sqrt(variance);
        return Math.Min(1, Erfc(z / Math.Sqrt(2)));
    }

    private static double ExactPValue(double u, int n1, int n2)
    {
        var counts = UDistribution(Math.Min(n1, n2), Math.Max(n1, n2));
        var total = counts.Sum();
        var observed = (int)u;
        var atMost = counts.Take(observed + 1).Sum() / total;
        var atLeast = counts.Skip(observed).Sum() / total;
        return Math.Min(1, 2 * Math.Min(atMost, atLeast));
    }

    // Number of orderings giving each U = 0…m·n: the coefficients of the Gaussian binomial
    // [m+n choose m]_q = ∏ (1 − q^(n+i)) / (1 − q^i), i = 1…m, built one factor at a time.
    private static double[] UDistribution(int m, int n)
    {
        var poly = new double[(m * n) + m + 1];
        poly[0] = 1;
        for (var i = 1; i <= m; i++)
        {
            for (var k = poly.Length - 1; k >= n + i; k--)
            {
                poly[k] -= poly[k - n - i];
            }

            for (var k = i; k < poly.Length; k++)
            {
                poly[k] += poly[k - i];
            }
        }

        return poly[..((m * n) + 1)];
    }

    // Complementary error function: a series for small arguments, a continued fraction for the tail.
    private static double Erfc(double x)
    {
        if (x < 3)
        {
            // erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)); all terms positive, no cancellation.
            var term = x;
            var sum = x;
            for (var k = 1; term > sum * 1e-17; k++)
            {
                term *= 2 * x * x / ((2 * k) + 1);
                sum += term;
            }

            return 1 - (2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum);
        }

        var fraction = x;
        for (var k = 60; k >= 1; k--)
        {
            fraction = x + (k / 2.0 / fraction);
        }

        return Math.Exp(-x * x) / (Math.Sqrt(Math.PI) * fraction);
    }
}
