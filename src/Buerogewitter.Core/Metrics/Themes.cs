namespace Buerogewitter.Core.Metrics;

/// <summary>Theme distributions of one side: counts and within-side consensus.</summary>
public static class Themes
{
    /// <summary>How many answers fall into each theme, from the theme index of each answer.</summary>
    public static double[] Counts(IReadOnlyList<int> themeOfAnswer, int themeCount)
    {
        Samples.RequireNotEmpty(themeOfAnswer, nameof(themeOfAnswer));
        ArgumentOutOfRangeException.ThrowIfLessThan(themeCount, 1);
        var counts = new double[themeCount];
        foreach (var theme in themeOfAnswer)
        {
            if (theme < 0 || theme >= themeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(themeOfAnswer), theme, $"Theme indices run from 0 to {themeCount - 1}.");
            }

            counts[theme]++;
        }

        return counts;
    }

    /// <summary>
    /// 1 − Shannon entropy / log(k): 1 when every answer falls into one theme, 0 when answers
    /// spread evenly over all k themes.
    /// </summary>
    public static double Consensus(IReadOnlyList<int> themeOfAnswer, int themeCount) =>
        Consensus(Counts(themeOfAnswer, themeCount));

    /// <summary>Consensus from theme counts; k is the number of shared themes, including those this side never named.</summary>
    public static double Consensus(IReadOnlyList<double> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);

        // With one theme there is nothing to disagree about; entropy / log(1) would be 0 / 0.
        if (counts.Count == 1)
        {
            return 1;
        }

        var total = counts.Sum();
        if (total <= 0)
        {
            throw new ArgumentException("The distribution is empty (all zero).", nameof(counts));
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var share = count / total;
                entropy -= share * Math.Log(share);
            }
        }

        return Math.Clamp(1 - (entropy / Math.Log(counts.Count)), 0, 1);
    }
}
