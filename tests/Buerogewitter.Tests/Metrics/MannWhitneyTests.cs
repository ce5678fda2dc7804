using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class MannWhitneyTests
{
    [Fact]
    public void Mann_whitney_exact_p_of_completely_separated_samples_is_two_over_252()
    {
        // Only 1 of the C(10,5) = 252 orderings gives U = 0; two-sided doubles it.
        var result = MannWhitney.Test([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);

        Assert.True(result.Exact);
        Assert.Equal(0, result.U);
        Assert.Equal(2.0 / 252, result.PValue, 12);
    }

    [Fact]
    public void Mann_whitney_exact_p_matches_enumeration_of_all_orderings()
    {
        // U = 7 of 20; 35 of the 126 orderings give U ≤ 7, so p = 2 · 35 / 126 (enumerated by hand in Python).
        var result = MannWhitney.Test([1.1, 3.4, 2.2, 5.0], [2.9, 4.1, 6.3, 7.7, 0.5]);

        Assert.True(result.Exact);
        Assert.Equal(7, result.U);
        Assert.Equal(70.0 / 126, result.PValue, 12);
    }

    [Fact]
    public void Mann_whitney_with_ties_uses_the_corrected_normal_approximation()
    {
        // U = 80.5; σ² = 100/12 · (21 − 546/380); z = (30.5 − 0.5) / σ; p = erfc(z/√2) = 0.019130…
        double[] after = [4, 4, 5, 3, 4, 5, 3, 4, 2, 5];
        double[] before = [2, 3, 3, 4, 2, 3, 1, 4, 3, 2];

        var result = MannWhitney.Test(after, before);

        Assert.False(result.Exact);
        Assert.Equal(80.5, result.U);
        Assert.Equal(0.019130284551074146, result.PValue, 10);
    }

    [Fact]
    public void Mann_whitney_p_value_does_not_depend_on_sample_order()
    {
        double[] a = [4, 4, 5, 3, 4, 5, 3, 4, 2, 5];
        double[] b = [2, 3, 3, 4, 2, 3, 1, 4, 3, 2];

        var forward = MannWhitney.Test(a, b);
        var backward = MannWhitney.Test(b, a);

        Assert.Equal(forward.PValue, backward.PValue, 12);
        Assert.Equal(a.Length * b.Length, forward.U + backward.U);
    }

    [Fact]
    public void Mann_whitney_of_identical_answers_gives_p_of_one()
    {
        Assert.Equal(1, MannWhitney.Test([3, 3, 3], [3, 3, 3, 3]).PValue);
    }

    [Fact]
    public void Mann_whitney_far_tail_stays_accurate()
    {
        // z ≈ 7.7 lies in the continued-fraction branch of erfc; p = 1.43509e-14 from Python's math.erfc.
        var result = MannWhitney.Test([.. Enumerable.Range(100, 40).Select(v => (double)v)], [.. Enumerable.Range(0, 40).Select(v => (double)v)]);

        Assert.False(result.Exact);
        Assert.Equal(1.435085306393683e-14, result.PValue, 1e-18);
    }

    [Fact]
    public void Cliffs_delta_counts_pairs_where_the_first_sample_is_higher_minus_lower()
    {
        // pairs: 2>1, 2<3, 4>1, 4>3, 6>1, 6>3 → (5 − 1) / 6
        Assert.Equal(4.0 / 6, CliffsDelta.Compute([2, 4, 6], [1, 3]), 12);
    }

    [Fact]
    public void Cliffs_delta_is_one_for_separated_samples_and_zero_for_identical_ones()
    {
        Assert.Equal(1, CliffsDelta.Compute([4, 5], [1, 2, 3]), 12);
        Assert.Equal(-1, CliffsDelta.Compute([1, 2, 3], [4, 5]), 12);
        Assert.Equal(0, CliffsDelta.Compute([1, 2, 3], [3, 2, 1]), 12);
    }
}
