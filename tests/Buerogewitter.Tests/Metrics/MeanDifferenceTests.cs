using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class MeanDifferenceTests
{
    private static readonly double[] Before = [2, 3, 3, 4, 2, 3, 1, 4, 3, 2];
    private static readonly double[] After = [4, 4, 5, 3, 4, 5, 3, 4, 2, 5];

    [Fact]
    public void Difference_of_means_is_after_minus_before()
    {
        var difference = MeanDifference.Unpaired(Before, After, seed: 1);

        Assert.Equal(3.9 - 2.7, difference.Estimate, 12);
    }

    [Fact]
    public void Difference_interval_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        // Continuous values: with Likert answers two seeds can land on the same percentiles.
        double[] before = [2.1, 3.4, 2.9, 4.2, 1.8, 3.3];
        double[] after = [3.7, 4.1, 2.6, 4.9, 3.2, 4.4, 3.9];

        var first = MeanDifference.Unpaired(before, after, seed: 5);

        Assert.Equal(first, MeanDifference.Unpaired(before, after, seed: 5));
        Assert.NotEqual(first, MeanDifference.Unpaired(before, after, seed: 6));
    }

    [Fact]
    public void Difference_interval_contains_the_estimate_for_many_seeds()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var difference = MeanDifference.Unpaired(Before, After, seed, resamples: 500);

            Assert.True(difference.Contains(difference.Estimate), $"seed {seed}: {difference}");
        }
    }

    [Fact]
    public void A_clear_shift_is_an_improvement_and_a_small_sample_of_noise_is_not()
    {
        Assert.Equal(Verdict.Improved, MeanDifference.Unpaired(Before, After, seed: 2).VerdictFor(higherIsBetter: true));
        Assert.Equal(
            Verdict.NotDistinguishableFromNoise,
            MeanDifference.Unpaired([3, 4, 2], [4, 2, 3], seed: 2).VerdictFor(higherIsBetter: true));
    }

    [Fact]
    public void Difference_interval_covers_zero_in_at_least_93_percent_of_null_datasets()
    {
        // 200 seeded datasets of Likert answers where before and after come from the same distribution.
        var data = new Random(2026);
        var covered = 0;
        for (var dataset = 0; dataset < 200; dataset++)
        {
            var before = NullSample(data, 40);
            var after = NullSample(data, 35);
            if (MeanDifference.Unpaired(before, after, seed: dataset).CoversZero)
            {
                covered++;
            }
        }

        Assert.True(covered >= 186, $"covered zero in {covered} of 200");

        static double[] NullSample(Random random, int size)
        {
            double[] likert = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5];
            return [.. Enumerable.Range(0, size).Select(_ => likert[random.Next(likert.Length)])];
        }
    }

    [Fact]
    public void Difference_in_differences_removes_the_shift_both_groups_share()
    {
        // treated: 2 → 5 (+3); comparison: 2 → 3 (+1); the workshop's part is +2.
        var did = MeanDifference.DifferenceInDifferences(
            treatedBefore: [1, 2, 3], treatedAfter: [4, 5, 6], comparisonBefore: [2, 2], comparisonAfter: [3, 3], seed: 4);

        Assert.Equal(2, did.Estimate, 12);
        Assert.True(did.Contains(did.Estimate));
    }

    [Fact]
    public void Difference_in_differences_is_deterministic_by_seed()
    {
        Assert.Equal(
            MeanDifference.DifferenceInDifferences(Before, After, After, Before, seed: 8),
            MeanDifference.DifferenceInDifferences(Before, After, After, Before, seed: 8));
    }

    [Fact]
    public void Difference_rejects_an_empty_sample()
    {
        Assert.Throws<ArgumentException>(() => MeanDifference.Unpaired([], [1.0], seed: 1));
    }
}
