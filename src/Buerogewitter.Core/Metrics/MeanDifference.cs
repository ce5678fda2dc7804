namespace Buerogewitter.Core.Metrics;

/// <summary>
/// Differences of means between unpaired samples (responses are anonymous, so nobody can be
/// followed from before to after), with seeded bootstrap intervals.
/// </summary>
public static class MeanDifference
{
    /// <summary>Mean of <paramref name="after"/> − mean of <paramref name="before"/>; each sample is resampled on its own.</summary>
    public static Interval Unpaired(IReadOnlyList<double> before, IReadOnlyList<double> after, int seed, int resamples = Bootstrap.DefaultResamples)
    {
        Samples.RequireNotEmpty(before, nameof(before));
        Samples.RequireNotEmpty(after, nameof(after));
        return Bootstrap.Percentile(
            Samples.Mean(after) - Samples.Mean(before),
            random => Bootstrap.ResampledMean(after, random) - Bootstrap.ResampledMean(before, random),
            seed,
            resamples);
    }

    /// <summary>
    /// Difference in differences: the treated group's change minus the comparison group's change,
    /// which removes a shift both groups share (season, a reorganisation). All four samples are resampled on their own.
    /// </summary>
    public static Interval DifferenceInDifferences(
        IReadOnlyList<double> treatedBefore,
        IReadOnlyList<double> treatedAfter,
        IReadOnlyList<double> comparisonBefore,
        IReadOnlyList<double> comparisonAfter,
        int seed,
        int resamples = Bootstrap.DefaultResamples)
    {
        Samples.RequireNotEmpty(treatedBefore, nameof(treatedBefore));
        Samples.RequireNotEmpty(treatedAfter, nameof(treatedAfter));
        Samples.RequireNotEmpty(comparisonBefore, nameof(comparisonBefore));
        Samples.RequireNotEmpty(comparisonAfter, nameof(comparisonAfter));
        var estimate = Samples.Mean(treatedAfter) - Samples.Mean(treatedBefore)
            - (Samples.Mean(comparisonAfter) - Samples.Mean(comparisonBefore));
        return Bootstrap.Percentile(
            estimate,
            random => Bootstrap.ResampledMean(treatedAfter, random) - Bootstrap.ResampledMean(treatedBefore, random)
                - (Bootstrap.ResampledMean(comparisonAfter, random) - Bootstrap.ResampledMean(comparisonBefore, random)),
            seed,
            resamples);
    }
}
