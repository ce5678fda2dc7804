using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Tests.Analysis;

public sealed class WaveMetricsTests
{
    private static readonly long[] PriorityIds = [11, 12];
    private static readonly long[] ItemIds = [7];

    private static AnalysedAnswer Answer(Side side, int? theme, bool diffuse = false, long[]? priorities = null, int? clarity = null, int? rating = null) =>
        new(side, theme, diffuse, false, priorities ?? [], clarity, new Dictionary<long, int?> { [7] = rating });

    private static readonly AnalysedAnswer[] Answers =
    [
        Answer(Side.Inside, 0, priorities: [11, 12], clarity: 5, rating: 4),
        Answer(Side.Inside, 0, priorities: [11], clarity: 5, rating: 4),
        Answer(Side.Inside, null, diffuse: true, clarity: 3, rating: 5),
        Answer(Side.Field, 1, priorities: [12], clarity: 4, rating: 2),
        Answer(Side.Field, 1, clarity: 2, rating: 2),
    ];

    private static MetricValue Metric(IReadOnlyList<MetricValue> metrics, string side, string name) =>
        metrics.Single(m => m.Side == side && m.Metric == name);

    [Fact]
    public void Recall_diffuse_share_and_response_rate_are_computed_per_side()
    {
        var metrics = WaveMetrics.Compute(Answers, themeCount: 2, PriorityIds, ItemIds,
            new Dictionary<Side, int> { [Side.Inside] = 4, [Side.Field] = 4 }, seed: 1);

        // Inside: named 2, 1 and 0 of 2 priorities → (1 + 0.5 + 0) / 3.
        Assert.Equal(0.5, Metric(metrics, "inside", MetricNames.RecallMean).Value, 9);
        Assert.Equal(2 / 3.0, Metric(metrics, "inside", MetricNames.RecallAny).Value, 9);
        Assert.Equal(1 / 3.0, Metric(metrics, "inside", MetricNames.DiffuseShare).Value, 9);
        Assert.Equal(0.75, Metric(metrics, "inside", MetricNames.ResponseRate).Value, 9);
        Assert.Equal(0.5, Metric(metrics, "field", MetricNames.Priority(12)).Value, 9);
        Assert.Equal(0.0, Metric(metrics, "field", MetricNames.Priority(11)).Value, 9);
    }

    [Fact]
    public void Divergence_and_consensus_are_computed_over_priorities_stale_diffuse_and_other_not_themes()
    {
        var metrics = WaveMetrics.Compute(Answers, 2, PriorityIds, ItemIds, new Dictionary<Side, int>(), seed: 1);

        // Categories P11, P12, stale, diffuse, other. Inside: ½+1, ½, 0, 1, 0; field: 0, 1, 0, 0, 1.
        double[] inside = [1.5, 0.5, 0, 1, 0];
        double[] field = [0, 1, 0, 0, 1];
        var raw = Metric(metrics, "all", MetricNames.DivergenceRaw);
        Assert.Equal(JensenShannon.Divergence(inside, field), raw.Value, 9);
        Assert.Equal(Math.Max(0, raw.Value - raw.Lower!.Value), Metric(metrics, "all", MetricNames.Divergence).Value, 9);
        Assert.InRange(Metric(metrics, "all", MetricNames.DivergenceP).Value, 0, 1);
        Assert.Equal(Themes.Consensus(inside), Metric(metrics, "inside", MetricNames.Consensus).Value, 9);
        Assert.Equal(1.0, Metric(metrics, "field", MetricNames.ThemeShare(1)).Value, 9);
    }

    [Fact]
    public void Perception_gap_is_inside_minus_field_and_self_rating_is_rescaled()
    {
        var metrics = WaveMetrics.Compute(Answers, 2, PriorityIds, ItemIds, new Dictionary<Side, int>(), seed: 1);

        // Inside mean 13/3, field mean 2.
        Assert.Equal(13 / 3.0 - 2, Metric(metrics, "all", MetricNames.PerceptionGap(7)).Value, 9);
        // Self-rated 5, 5, 3 → (1 + 1 + 0.5) / 3; measured recall 0.5.
        Assert.Equal(2.5 / 3, Metric(metrics, "inside", MetricNames.SelfClarity).Value, 9);
        Assert.Equal(2.5 / 3 - 0.5, Metric(metrics, "inside", MetricNames.ConfidenceGap).Value, 9);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        var first = WaveMetrics.Compute(Answers, 2, PriorityIds, ItemIds, new Dictionary<Side, int>(), seed: 5);
        var second = WaveMetrics.Compute(Answers, 2, PriorityIds, ItemIds, new Dictionary<Side, int>(), seed: 5);

        Assert.Equal(first, second);
        var clarity = Metric(first, "inside", MetricNames.ClarityIndex);
        Assert.InRange(clarity.Value, clarity.Lower!.Value, clarity.Upper!.Value);
    }
}
