using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Tests.Workshops;

public class BenchmarkTests
{
    [Fact]
    public void Nothing_is_shown_until_five_organisations_take_part()
    {
        Assert.Null(Benchmark.Percentile(50, [40, 60, 70], higherIsBetter: true));
        Assert.NotNull(Benchmark.Percentile(50, [40, 60, 70, 80], higherIsBetter: true));
    }

    [Fact]
    public void The_percentile_is_the_share_of_others_doing_worse_with_ties_counting_half()
    {
        Assert.Equal(62.5, Benchmark.Percentile(50, [40, 50, 45, 80], higherIsBetter: true));
    }

    [Fact]
    public void For_divergence_a_lower_value_ranks_higher()
    {
        Assert.Equal(100, Benchmark.Percentile(0.1, [0.2, 0.3, 0.4, 0.5], higherIsBetter: false));
    }
}
