using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class CollaborationTests
{
    [Fact]
    public void Collaboration_index_averages_item_means_and_ignores_cant_say()
    {
        // item 1: 5 and 3 → 1 and 0.5 → 0.75; item 2: 1 → 0. A plain mean of all answers would give 50.
        IReadOnlyList<int?>[] responses = [[5, 1], [3, null], [null, null]];

        Assert.Equal(37.5, Collaboration.Index(responses), 10);
    }

    [Fact]
    public void Collaboration_index_rejects_answers_outside_one_to_five()
    {
        IReadOnlyList<int?>[] responses = [[6]];

        Assert.Throws<ArgumentOutOfRangeException>(() => Collaboration.Index(responses));
    }

    [Fact]
    public void Collaboration_index_rejects_responses_without_any_answer()
    {
        IReadOnlyList<int?>[] responses = [[null, null]];

        Assert.Throws<ArgumentException>(() => Collaboration.Index(responses));
    }

    [Fact]
    public void Perception_gap_is_inside_mean_minus_field_mean_in_likert_points()
    {
        var gap = Collaboration.PerceptionGap([5, 4, null], [2, 3, 1], seed: 3);

        Assert.Equal(4.5 - 2, gap.Estimate, 12);
        Assert.True(gap.Contains(gap.Estimate));
        Assert.False(gap.CoversZero);
    }

    [Fact]
    public void Perception_gap_of_unanimous_sides_has_no_width()
    {
        var gap = Collaboration.PerceptionGap([4, 4, 4], [2, 2], seed: 3);

        Assert.Equal(new Interval(2, 2, 2), gap);
    }

    [Fact]
    public void Perception_gap_is_deterministic_by_seed()
    {
        int?[] inside = [5, 4, 3, 4, 2, null, 5];
        int?[] field = [2, 3, 1, 4, 2, 3];

        Assert.Equal(Collaboration.PerceptionGap(inside, field, seed: 9), Collaboration.PerceptionGap(inside, field, seed: 9));
    }
}
