using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class CohensKappaTests
{
    [Fact]
    public void Kappa_matches_the_wikipedia_worked_example()
    {
        // 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15 → p₀ = 0.7, pₑ = 0.5, κ = 0.4.
        var a = Codes(("yes", 20), ("yes", 5), ("no", 10), ("no", 15));
        var b = Codes(("yes", 20), ("no", 5), ("yes", 10), ("no", 15));

        Assert.Equal(0.4, CohensKappa.Compute(a, b), 12);
    }

    [Fact]
    public void Kappa_of_perfect_agreement_over_several_codes_is_one()
    {
        string[] codes = ["price", "speed", "price", "quality"];

        Assert.Equal(1, CohensKappa.Compute(codes, codes), 12);
    }

    [Fact]
    public void Kappa_is_undefined_when_both_raters_use_a_single_code()
    {
        Assert.True(double.IsNaN(CohensKappa.Compute([1, 1, 1], [1, 1, 1])));
    }

    [Fact]
    public void Kappa_rejects_raters_with_different_item_counts()
    {
        Assert.Throws<ArgumentException>(() => CohensKappa.Compute([1, 2], [1]));
    }

    private static string[] Codes(params (string Code, int Count)[] runs) =>
        [.. runs.SelectMany(run => Enumerable.Repeat(run.Code, run.Count))];
}
