using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;

namespace Buerogewitter.Tests.Anonymity;

public class MetricGateTests
{
    private static List<MetricValue> Wave(int inside, int field, int lead = 0) =>
    [
        new("inside", MetricNames.Responses, inside, null, null, inside),
        new("field", MetricNames.Responses, field, null, null, field),
        new("lead", MetricNames.Responses, lead, null, null, lead),
        new("inside", MetricNames.ItemMean(6), 4.4, null, null, inside),
        new("field", MetricNames.ItemMean(6), 1, null, null, field),
        new("inside", MetricNames.ThemeShare(0), 0.5, null, null, inside),
        new(MetricNames.AllSides, MetricNames.PerceptionGap(6), 3.4, 2, 4, inside + field),
        new(MetricNames.AllSides, MetricNames.Divergence, 0.3, 0.1, 0.5, inside + field),
    ];

    [Fact]
    public void Issue15_a_figure_over_both_sides_is_hidden_while_one_side_is()
    {
        var gate = new MetricGate(AnonymityThresholds.Default, [Wave(inside: 5, field: 1)]);

        Assert.NotNull(gate.Value(0, "inside", MetricNames.ItemMean(6)));
        Assert.Null(gate.Value(0, "field", MetricNames.ItemMean(6)));
        Assert.Null(gate.Value(0, MetricNames.AllSides, MetricNames.PerceptionGap(6)));
        Assert.Null(gate.Value(0, MetricNames.AllSides, MetricNames.Divergence));
        Assert.NotNull(gate.Value(0, "field", MetricNames.Responses));
    }

    [Fact]
    public void Scores_need_the_score_threshold_and_theme_shares_and_divergence_the_text_threshold()
    {
        var gate = new MetricGate(AnonymityThresholds.Default, [Wave(inside: 7, field: 7)]);

        Assert.NotNull(gate.Value(0, MetricNames.AllSides, MetricNames.PerceptionGap(6)));
        Assert.Null(gate.Value(0, MetricNames.AllSides, MetricNames.Divergence));
        Assert.Null(gate.Value(0, "inside", MetricNames.ThemeShare(0)));
        Assert.False(gate.TextShown(0, []));
    }

    [Fact]
    public void Free_text_of_a_side_needs_that_side_at_the_text_threshold_too()
    {
        var gate = new MetricGate(AnonymityThresholds.Default, [Wave(inside: 12, field: 12, lead: 2)]);

        Assert.True(gate.TextShown(0, ["inside", "field"]));
        Assert.False(gate.TextShown(0, ["lead"]));
        Assert.NotNull(gate.Value(0, MetricNames.AllSides, MetricNames.Divergence));
    }

    [Fact]
    public void A_wave_that_adds_one_answer_to_a_shown_group_is_hidden()
    {
        var gate = new MetricGate(AnonymityThresholds.Default, [Wave(inside: 6, field: 9), Wave(inside: 7, field: 9)]);

        Assert.NotNull(gate.Value(0, "inside", MetricNames.ItemMean(6)));
        Assert.Null(gate.Value(1, "inside", MetricNames.ItemMean(6)));
        Assert.Equal(Wave(7, 9).Where(m => m.Metric == MetricNames.Responses).Append(Wave(7, 9)[4]), gate.Shown(1));
    }

    [Theory]
    [InlineData("responses", DisclosureLevel.Count)]
    [InlineData("invitations", DisclosureLevel.Count)]
    [InlineData("clarity_index", DisclosureLevel.Score)]
    [InlineData("response_rate", DisclosureLevel.Score)]
    [InlineData("theme_3", DisclosureLevel.Text)]
    [InlineData("divergence", DisclosureLevel.Text)]
    [InlineData("divergence_beyond_chance", DisclosureLevel.Text)]
    public void Each_stored_figure_has_one_level(string metric, DisclosureLevel level) => Assert.Equal(level, MetricGate.Level(metric));
}
