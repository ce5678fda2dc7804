namespace Buerogewitter.Core.Metrics;

/// <summary>Seeded percentile bootstrap: the same seed always gives the same interval.</summary>
public static class Bootstrap
{
    public const int DefaultResamples = 2_000;

    /// <summary>
    /// Draws <paramref name="resamples"/> values of <paramref name="statistic"/> (each call resamples
    /// with the random source it is given) and returns their 2.5% and 97.5% percentiles around
    /// <paramref name="estimate"/>.
    /// </summary>
    public static Interval Percentile(double estimate, Func<Random, double> statistic, int seed, int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);

        // System.Random with an explicit seed uses a fixed legacy algorithm, so stored seeds
        // reproduce the same intervals across .NET versions and machines.
        var random = new Random(seed);
        var values = new double[resamples];
        for (var i = 0; i < resamples; i++)
        {
            values[i] = statistic(random);
        }

        return FromDraws(estimate, values);
    }

    /// <summary>The 2.5% and 97.5% percentiles of bootstrap draws made elsewhere (sorts them in place).</summary>
    public static Interval FromDraws(double estimate, double[] draws)
    {
        ArgumentNullException.ThrowIfNull(draws);
        ArgumentOutOfRangeException.ThrowIfZero(draws.Length);
        Array.Sort(draws);
        return new Interval(estimate, Quantile(draws, 0.025), Quantile(draws, 0.975));
    }

    /// <summary>Mean of a resample with replacement, without allocating it.</summary>
    internal static double ResampledMean(IReadOnlyList<double> sample, Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < sample.Count; i++)
        {
            sum += sample[random.Next(sample.Count)];
        }

        return sum / sample.Count;
    }

    // Linear interpolation between order statistics (the common "type 7" definition).
    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }
}
