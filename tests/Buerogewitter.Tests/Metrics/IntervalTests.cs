using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class IntervalTests
{
    [Fact]
    public void Interval_covering_zero_is_not_distinguishable_from_noise_whatever_the_estimate()
    {
        var interval = new Interval(Estimate: 0.9, Lower: -0.1, Upper: 1.8);

        Assert.True(interval.CoversZero);
        Assert.Equal(Verdict.NotDistinguishableFromNoise, interval.VerdictFor(higherIsBetter: true));
        Assert.Equal(Verdict.NotDistinguishableFromNoise, interval.VerdictFor(higherIsBetter: false));
    }

    [Fact]
    public void Interval_touching_zero_counts_as_covering_it()
    {
        Assert.True(new Interval(0.5, 0, 1).CoversZero);
        Assert.True(new Interval(-0.5, -1, 0).CoversZero);
    }

    [Fact]
    public void Positive_interval_is_improved_when_higher_is_better_and_worse_otherwise()
    {
        var interval = new Interval(0.4, 0.1, 0.7);

        Assert.Equal(Verdict.Improved, interval.VerdictFor(higherIsBetter: true));
        Assert.Equal(Verdict.Worse, interval.VerdictFor(higherIsBetter: false));
    }

    [Fact]
    public void Negative_interval_is_worse_when_higher_is_better_and_improved_otherwise()
    {
        var interval = new Interval(-0.4, -0.7, -0.1);

        Assert.Equal(Verdict.Worse, interval.VerdictFor(higherIsBetter: true));
        Assert.Equal(Verdict.Improved, interval.VerdictFor(higherIsBetter: false));
    }
}
