namespace Buerogewitter.Core.Workshops;

/// <summary>
/// Where one organisation stands among the others that opted in to the benchmark. Only a percentile
/// comes out: no other organisation's value, name or count of waves.
/// </summary>
public static class Benchmark
{
    /// <summary>Below this many taking part (the asking organisation included), nothing is shown: with fewer, a percentile nearly names the others.</summary>
    public const int MinimumOrganisations = 5;

    /// <summary>
    /// Share of the other organisations (0–100) that do worse than <paramref name="own"/>, ties counting half;
    /// null below <see cref="MinimumOrganisations"/>. "Worse" is lower, or higher when lower is better (divergence).
    /// </summary>
    public static double? Percentile(double own, IReadOnlyCollection<double> others, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(others);
        if (others.Count + 1 < MinimumOrganisations)
        {
            return null;
        }

        var worse = others.Count(v => higherIsBetter ? v < own : v > own);
        var ties = others.Count(v => v == own);
        return 100 * (worse + (ties / 2.0)) / others.Count;
    }
}
