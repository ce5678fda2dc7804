using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Tests.Workshops;

public class CheckBackTests
{
    private static RatingSums Sums(params int[] ratings) => new(ratings.Length, ratings.Sum(), ratings.Sum(r => (long)r * r));

    [Fact]
    public void Issue17_a_clear_fall_between_two_waves_is_called_worse_with_the_interval_of_the_difference()
    {
        var change = CheckBack.Change(Sums(4, 4, 5, 3, 4, 4), Sums(2, 2, 1, 2, 2, 3));

        Assert.Equal(-2, change.Estimate, 9);
        Assert.Equal(-2.716, change.Lower, 3);
        Assert.Equal(-1.284, change.Upper, 3);
        Assert.Equal(Verdict.Worse, change.VerdictFor(higherIsBetter: true));
    }

    [Fact]
    public void Issue17_a_small_move_on_few_answers_is_not_distinguishable_from_noise()
    {
        var change = CheckBack.Change(Sums(3, 4, 2, 3, 4, 3), Sums(4, 3, 3, 4, 2, 4));

        Assert.True(change.CoversZero);
        Assert.Equal(Verdict.NotDistinguishableFromNoise, change.VerdictFor(higherIsBetter: true));
    }

    [Fact]
    public void A_single_rating_has_no_spread_and_the_mean_stays_on_the_scale()
    {
        var mean = CheckBack.Mean(Sums(5));
        var wide = CheckBack.Mean(Sums(1, 5));

        Assert.Equal(new Interval(5, 5, 5), mean);
        Assert.Equal((1, 5), (wide.Lower, wide.Upper));
    }
}
