using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Core.Workshops;

/// <summary>One side's ratings of a measure in one wave (1–5), as the count, sum and sum of squares the store reads.</summary>
public readonly record struct RatingSums(int Count, long Sum, long SumOfSquares)
{
    public double Mean => (double)Sum / Count;

    /// <summary>The sample variance; 0 for a single rating.</summary>
    public double Variance => Count > 1 ? Math.Max(0, (SumOfSquares - (Count * Mean * Mean)) / (Count - 1)) : 0;
}

/// <summary>How one side rates a measure's follow-through in one wave (1–5), from the count, sum and sum of squares of its ratings.</summary>
public static class CheckBack
{
    private const double Z95 = 1.959964;

    /// <summary>
    /// The mean rating with a normal 95% interval (mean ± 1.96 standard errors), kept within the scale. Ratings are
    /// anonymous and few, so only these three sums are read, never single answers.
    /// </summary>
    public static Interval Mean(int count, long sum, long sumOfSquares) => Mean(new RatingSums(count, sum, sumOfSquares));

    public static Interval Mean(RatingSums ratings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ratings.Count, 1);
        var margin = Z95 * Math.Sqrt(ratings.Variance / ratings.Count);
        return new Interval(ratings.Mean, Math.Max(1, ratings.Mean - margin), Math.Min(5, ratings.Mean + margin));
    }

    /// <summary>
    /// The change of a side's mean rating from one wave to the next (later − earlier) with a normal 95% interval of
    /// the difference of two unpaired means (Welch's standard error): the waves' answers come from people who cannot
    /// be followed from one wave to the next. Only sums are stored, so a bootstrap over single answers is not possible.
    /// </summary>
    public static Interval Change(RatingSums earlier, RatingSums later)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(earlier.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(later.Count, 1);
        var difference = later.Mean - earlier.Mean;
        var margin = Z95 * Math.Sqrt((earlier.Variance / earlier.Count) + (later.Variance / later.Count));
        return new Interval(difference, difference - margin, difference + margin);
    }
}
