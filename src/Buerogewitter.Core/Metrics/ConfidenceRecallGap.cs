namespace Buerogewitter.Core.Metrics;

/// <summary>
/// How much more a side believes it knows the strategy than it can name: mean self-rated clarity
/// (1…5 rescaled to 0…1) minus measured recall. Positive means overconfident.
/// </summary>
public static class ConfidenceRecallGap
{
    public static double Compute(IReadOnlyList<int?> selfRatedClarity, double measuredRecall)
    {
        ArgumentNullException.ThrowIfNull(selfRatedClarity);
        if (!(measuredRecall is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(measuredRecall), measuredRecall, "Expected a share between 0 and 1.");
        }

        var ratings = selfRatedClarity.OfType<int>().Select(Likert.Rescale).ToList();
        if (ratings.Count == 0)
        {
            throw new ArgumentException("No self-rated clarity was given.", nameof(selfRatedClarity));
        }

        return ratings.Average() - measuredRecall;
    }
}
