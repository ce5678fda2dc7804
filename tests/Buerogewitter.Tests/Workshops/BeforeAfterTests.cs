using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Tests.Workshops;

public class BeforeAfterTests
{
    private static ComparedMeasure Measure(BeforeAfterResult result, string side, string metric) =>
        result.Measures.Single(m => m.Side == side && m.Metric == metric);

    [Fact]
    public void A_clear_rise_in_recall_is_an_improvement_whose_interval_lies_above_zero()
    {
        var random = new Random(1);
        var result = BeforeAfter.Compare(SimulatedOrganisation.Waves(random, 3), SimulatedOrganisation.Waves(random, 3, recallShift: 0.3), seed: 7, resamples: 500);

        foreach (var side in new[] { "inside", "field" })
        {
            var recall = Measure(result, side, MetricNames.RecallMean);
            Assert.True(recall.Difference.Lower > 0, recall.ToString());
            Assert.Equal(Verdict.Improved, recall.Verdict);
            Assert.Equal(Verdict.Improved, Measure(result, side, MetricNames.ClarityIndex).Verdict);
        }
    }

    [Fact]
    public void Lower_divergence_after_the_workshop_counts_as_improved_not_as_worse()
    {
        var random = new Random(2);
        var result = BeforeAfter.Compare(SimulatedOrganisation.Waves(random, 3), SimulatedOrganisation.Waves(random, 3, fieldLikeInside: true), seed: 7, resamples: 500);

        var divergence = Measure(result, MetricNames.AllSides, MetricNames.Divergence);
        Assert.True(divergence.Difference.Upper < 0, divergence.ToString());
        Assert.False(divergence.HigherIsBetter);
        Assert.Equal(Verdict.Improved, divergence.Verdict);
    }

    [Fact]
    public void Likert_items_rated_higher_afterwards_give_a_positive_cliffs_delta_and_a_small_p_value()
    {
        var random = new Random(3);
        var result = BeforeAfter.Compare(SimulatedOrganisation.Waves(random, 3), SimulatedOrganisation.Waves(random, 3, likertShift: 1), seed: 7, resamples: 200);

        Assert.Equal(10, result.LikertShifts.Count);
        Assert.All(result.LikertShifts, shift =>
        {
            Assert.True(shift.CliffsDelta > 0.2, shift.ToString());
            Assert.True(shift.Test.PValue < 0.01, shift.ToString());
        });
        Assert.Equal(Verdict.Improved, Measure(result, "inside", MetricNames.CollaborationIndex).Verdict);
    }

    [Fact]
    public void A_rise_the_comparison_group_shares_is_noise_in_the_difference_in_differences()
    {
        var random = new Random(4);
        var result = BeforeAfter.Compare(
            SimulatedOrganisation.Waves(random, 3), SimulatedOrganisation.Waves(random, 3, recallShift: 0.3), seed: 7,
            SimulatedOrganisation.Waves(random, 3), SimulatedOrganisation.Waves(random, 3, recallShift: 0.3), resamples: 500);

        var recall = Measure(result, "inside", MetricNames.RecallMean);
        Assert.True(recall.Difference.Lower > 0);
        Assert.NotNull(recall.DifferenceInDifferences);
        Assert.Equal(Verdict.NotDistinguishableFromNoise, recall.Verdict);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        var before = SimulatedOrganisation.Waves(new Random(5), 2);
        var after = SimulatedOrganisation.Waves(new Random(6), 2);

        Assert.Equal(BeforeAfter.Compare(before, after, seed: 9, resamples: 100).Measures, BeforeAfter.Compare(before, after, seed: 9, resamples: 100).Measures);
    }

    // Coverage check: 200 organisations with no effect at all. A 95% interval should cover zero about 95% of
    // the time for every measure; the comparison is only honest if "noise" is what comes out.
    [Fact]
    public void Without_any_effect_at_least_93_percent_of_verdicts_on_200_simulated_organisations_are_noise()
    {
        var noise = new Dictionary<string, int>(StringComparer.Ordinal);
        const int Organisations = 200;
        for (var organisation = 0; organisation < Organisations; organisation++)
        {
            var random = new Random(1_000 + organisation);
            var result = BeforeAfter.Compare(SimulatedOrganisation.Waves(random, 3), SimulatedOrganisation.Waves(random, 3), seed: organisation, resamples: 250);
            foreach (var measure in result.Measures)
            {
                var key = $"{measure.Side} {measure.Metric}";
                noise[key] = noise.GetValueOrDefault(key) + (measure.Verdict == Verdict.NotDistinguishableFromNoise ? 1 : 0);
            }
        }

        var rates = noise.ToDictionary(kv => kv.Key, kv => kv.Value / (double)Organisations);
        var report = string.Join("; ", rates.Select(kv => $"{kv.Key} {kv.Value:P1}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.Equal(12, rates.Count);
        Assert.True(rates.Values.Average() >= 0.93, report);
        // Divergence is the weakest (a percentile interval of a biased statistic); ~1.5 points is one standard error at 200.
        Assert.All(rates.Values, rate => Assert.True(rate >= 0.88, report));
    }
}
