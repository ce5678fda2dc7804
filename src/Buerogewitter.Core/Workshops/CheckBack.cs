using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Core.Workshops;

/// <summary>How one side rates a measure's follow-through in one wave (1–5), from the count, sum and sum of squares of its ratings.</summary>
public static class CheckBack
{
    private const double Z95 = 1.959964;

    /// <summary>
    /// The mean rating with a normal 95% interval (mean ± 1.96 standard errors), kept within the scale. Ratings are
    /// anonymous and few, so only these three sums are read, never single answers.
    /// </summary>
    public static Interval Mean(int count, long sum, long sumOfSquares)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var mean = (double)sum / count;
        var variance = count > 1 ? Math.Max(0, (sumOfSquares - (count * mean * mean)) / (count - 1)) : 0;
        var margin = Z95 * Math.Sqrt(variance / count);
        return new Interval(mean, Math.Max(1, mean - margin), Math.Min(5, mean + margin));
    }
}
