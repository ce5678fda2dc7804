using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public sealed class FisherExactTests
{
    // Reference values computed exactly (rational arithmetic over the hypergeometric distribution).
    [Theory]
    [InlineData(3, 4, 1, 4, 0.4857142857142857)]
    [InlineData(10, 12, 3, 18, 0.0005367241191434358)]
    [InlineData(12, 12, 0, 12, 7.39602301050679e-07)]
    [InlineData(5, 12, 5, 12, 1.0)]
    [InlineData(1, 12, 9, 12, 0.0027594561852200836)]
    [InlineData(2, 12, 7, 12, 0.08937945887737246)]
    public void Two_sided_p_values_match_the_exact_distribution(int inFirst, int totalFirst, int inSecond, int totalSecond, double expected)
    {
        Assert.Equal(expected, FisherExact.TwoSided(inFirst, totalFirst, inSecond, totalSecond), 1e-12);
    }

    [Fact]
    public void Swapping_the_groups_gives_the_same_p_value()
    {
        Assert.Equal(FisherExact.TwoSided(2, 12, 7, 12), FisherExact.TwoSided(7, 12, 2, 12), 1e-12);
    }

    [Fact]
    public void Empty_groups_say_nothing()
    {
        Assert.Equal(1.0, FisherExact.TwoSided(0, 0, 0, 5));
        Assert.Equal(1.0, FisherExact.TwoSided(0, 0, 0, 0));
    }

    [Fact]
    public void Counts_above_their_totals_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExact.TwoSided(5, 4, 1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExact.TwoSided(-1, 4, 1, 4));
    }

    [Fact]
    public void Holm_multiplies_by_the_remaining_tests_and_keeps_the_order()
    {
        var adjusted = FisherExact.Holm([0.01, 0.04, 0.03, 0.5]);

        Assert.Equal([0.04, 0.09, 0.09, 0.5], adjusted.Select(p => Math.Round(p, 10)));
    }
}
