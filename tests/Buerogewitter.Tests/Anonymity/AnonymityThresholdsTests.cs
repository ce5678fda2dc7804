using Buerogewitter.Core.Anonymity;

namespace Buerogewitter.Tests.Anonymity;

public class AnonymityThresholdsTests
{
    [Fact]
    public void Defaults_are_five_for_scores_and_ten_for_text()
    {
        Assert.Equal(5, AnonymityThresholds.Default.ScoreMinimum);
        Assert.Equal(10, AnonymityThresholds.Default.TextMinimum);
    }

    [Fact]
    public void Thresholds_can_be_raised()
    {
        var strict = new AnonymityThresholds(scoreMinimum: 8, textMinimum: 15);

        Assert.Equal(8, strict.ScoreMinimum);
        Assert.Equal(15, strict.TextMinimum);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    [InlineData(0)]
    public void Score_minimum_below_three_is_rejected_with_a_clear_message(int scoreMinimum)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AnonymityThresholds(scoreMinimum, textMinimum: 10));

        Assert.Contains("at least 3 responses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_minimum_below_three_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnonymityThresholds(scoreMinimum: 3, textMinimum: 2));
    }

    [Fact]
    public void Floor_of_three_itself_is_allowed()
    {
        Assert.Equal(3, new AnonymityThresholds(3, 3).ScoreMinimum);
    }

    [Fact]
    public void Text_minimum_below_the_score_minimum_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnonymityThresholds(scoreMinimum: 8, textMinimum: 6));
    }

    [Fact]
    public void Issue18_check_names_each_field_that_breaks_a_rule_and_accepts_valid_pairs()
    {
        Assert.Empty(AnonymityThresholds.Check(5, 10));
        Assert.Equal(["scoreMinimum", "textMinimum"], AnonymityThresholds.Check(2, 2).Select(e => e.Field));
        Assert.Equal(["textMinimum"], AnonymityThresholds.Check(8, 6).Select(e => e.Field));
    }
}
