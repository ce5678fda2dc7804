using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class JensenShannonTests
{
    [Fact]
    public void Jsd_of_disjoint_distributions_is_one()
    {
        Assert.Equal(1, JensenShannon.Divergence([4, 6, 0, 0], [0, 0, 3, 1]), 12);
    }

    [Fact]
    public void Jsd_of_identical_distributions_is_zero_even_at_different_sample_sizes()
    {
        Assert.Equal(0, JensenShannon.Divergence([1, 2, 0, 3], [10, 20, 0, 30]), 12);
    }

    [Fact]
    public void Jsd_matches_hand_computed_values()
    {
        // m = (0.75, 0.25): ½·log2(4/3) + ½·(½·log2(2/3) + ½·log2 2) = 0.311278…
        Assert.Equal(0.31127812445913283, JensenShannon.Divergence([1, 0], [0.5, 0.5]), 12);
        Assert.Equal(0.3443609377704336, JensenShannon.Divergence([3, 1, 0], [1, 1, 2]), 12);
    }

    [Fact]
    public void Jsd_is_symmetric()
    {
        double[] p = [5, 1, 0, 2];
        double[] q = [1, 1, 4, 0];

        Assert.Equal(JensenShannon.Divergence(p, q), JensenShannon.Divergence(q, p), 15);
    }

    [Fact]
    public void Jsd_from_theme_indices_equals_jsd_from_counts()
    {
        int[] inside = [0, 0, 0, 1];
        int[] field = [1, 2, 2, 2];

        Assert.Equal(JensenShannon.Divergence([3, 1, 0], [0, 1, 3]), JensenShannon.Divergence(inside, field, themeCount: 3), 15);
    }

    [Fact]
    public void Jsd_rejects_an_empty_distribution()
    {
        Assert.Throws<ArgumentException>(() => JensenShannon.Divergence([0, 0], [1, 1]));
    }

    [Fact]
    public void Jsd_rejects_theme_index_outside_the_theme_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JensenShannon.Divergence([0, 3], [1], themeCount: 3));
    }

    [Fact]
    public void Jsd_interval_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var (inside, field) = Sides();

        var first = JensenShannon.DivergenceInterval(inside, field, 5, seed: 42);
        var again = JensenShannon.DivergenceInterval(inside, field, 5, seed: 42);
        var other = JensenShannon.DivergenceInterval(inside, field, 5, seed: 43);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Jsd_interval_contains_the_estimate_of_clearly_different_sides_and_stays_within_zero_and_one()
    {
        var (inside, field) = Sides();

        var interval = JensenShannon.DivergenceInterval(inside, field, 5, seed: 7);

        Assert.Equal(JensenShannon.Divergence(inside, field, 5), interval.Estimate);
        Assert.True(interval.Contains(interval.Estimate), interval.ToString());
        Assert.InRange(interval.Lower, 0, 1);
        Assert.InRange(interval.Upper, 0, 1);
    }

    [Fact]
    public void Jsd_interval_of_identical_sides_lies_above_the_estimate_because_resampling_only_adds_divergence()
    {
        // Documents why a divergence interval is never read with CoversZero: it cannot go below 0.
        int[] answers = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4];

        var interval = JensenShannon.DivergenceInterval(answers, answers, 5, seed: 1);

        Assert.Equal(0, interval.Estimate);
        Assert.True(interval.Lower > 0);
    }

    private static (int[] Inside, int[] Field) Sides()
    {
        // 40 answers per side over 5 themes: inside mostly themes 0–1, field mostly 3–4.
        int[] insideCounts = [14, 12, 6, 5, 3];
        int[] fieldCounts = [3, 5, 6, 12, 14];
        return (Expand(insideCounts), Expand(fieldCounts));

        static int[] Expand(int[] counts) => [.. counts.SelectMany((count, theme) => Enumerable.Repeat(theme, count))];
    }
}
