namespace Buerogewitter.Analytics.Priorities;

/// <summary>Cohen's kappa for two raters' yes/no decisions. Kept private to Analytics; Core/Metrics owns the product's metrics.</summary>
internal static class Kappa
{
    public static double Binary(IReadOnlyList<bool> a, IReadOnlyList<bool> b)
    {
        var n = a.Count;
        if (n == 0) return 0;
        double agree = 0, aYes = 0, bYes = 0;
        for (var i = 0; i < n; i++)
        {
            if (a[i] == b[i]) agree++;
            if (a[i]) aYes++;
            if (b[i]) bYes++;
        }
        var observed = agree / n;
        var expected = (aYes / n * (bYes / n)) + ((1 - (aYes / n)) * (1 - (bYes / n)));
        // Both raters constant and equal: perfect agreement, kappa undefined; report 1.
        return expected >= 1 ? (observed >= 1 ? 1 : 0) : (observed - expected) / (1 - expected);
    }
}
