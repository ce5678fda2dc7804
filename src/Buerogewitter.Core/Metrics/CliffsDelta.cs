namespace Buerogewitter.Core.Metrics;

/// <summary>
/// Cliff's delta: P(x &gt; y) − P(x &lt; y) over all pairs, −1…1. An effect size for ordinal
/// answers that needs no interval scale; positive when the first sample tends to be higher.
/// </summary>
public static class CliffsDelta
{
    public static double Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Samples.RequireNotEmpty(x, nameof(x));
        Samples.RequireNotEmpty(y, nameof(y));

        // U counts the pairs where x is larger plus half the ties, so δ = 2U / (n₁n₂) − 1.
        return (2 * MannWhitney.U(x, y) / (x.Count * (double)y.Count)) - 1;
    }
}
