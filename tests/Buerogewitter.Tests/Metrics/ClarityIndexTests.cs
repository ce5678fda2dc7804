using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class ClarityIndexTests
{
    [Fact]
    public void Clarity_weights_add_up_to_one_and_recall_dominates()
    {
        Assert.Equal(1, ClarityIndex.RecallWeight + ClarityIndex.NotDiffuseWeight + ClarityIndex.ConsensusWeight, 12);
        Assert.True(ClarityIndex.RecallWeight > ClarityIndex.NotDiffuseWeight + ClarityIndex.ConsensusWeight);
    }

    [Fact]
    public void Clarity_index_combines_the_components_on_a_0_to_100_scale()
    {
        // 100 × (0.6 × 0.5 + 0.2 × 0.8 + 0.2 × 0.5)
        Assert.Equal(56, ClarityIndex.Compute(meanRecall: 0.5, diffuseShare: 0.2, consensus: 0.5), 10);
        Assert.Equal(100, ClarityIndex.Compute(1, 0, 1), 10);
        Assert.Equal(0, ClarityIndex.Compute(0, 1, 0), 10);
    }

    [Fact]
    public void Clarity_index_rejects_shares_outside_zero_and_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClarityIndex.Compute(1.2, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClarityIndex.Compute(0.5, double.NaN, 0));
    }

    [Fact]
    public void Clarity_formula_text_shows_the_weights_in_german_and_english()
    {
        var german = ClarityIndex.FormulaText("de");
        var english = ClarityIndex.FormulaText("en");

        Assert.Contains("0,6 × Prioritäten-Trefferquote", german, StringComparison.Ordinal);
        Assert.Contains("0,2 × Konsens", german, StringComparison.Ordinal);
        Assert.Contains("0.6 × priority recall", english, StringComparison.Ordinal);
        Assert.Contains("0.2 × (1 − share of diffuse answers)", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Clarity_formula_text_rejects_an_unsupported_language()
    {
        Assert.Throws<ArgumentException>(() => ClarityIndex.FormulaText("fr"));
    }

    [Fact]
    public void Recall_is_the_mean_share_of_priorities_named()
    {
        // answers naming 0, 1, 2 and 4 of 4 priorities
        int[] named = [0, 1, 2, 4];

        Assert.Equal(0.4375, PriorityRecall.MeanShare(named, priorityCount: 4), 12);
        Assert.Equal(0.75, PriorityRecall.ShareNamingAny(named, priorityCount: 4), 12);
    }

    [Fact]
    public void Recall_rejects_more_priorities_named_than_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriorityRecall.MeanShare([4], priorityCount: 3));
    }

    [Fact]
    public void Confidence_recall_gap_is_rescaled_self_rating_minus_recall_ignoring_cant_say()
    {
        // ratings 5, 5, 4 → 1, 1, 0.75 → mean 11/12
        var gap = ConfidenceRecallGap.Compute([5, 5, 4, null], measuredRecall: 0.25);

        Assert.Equal((11.0 / 12) - 0.25, gap, 12);
    }
}
