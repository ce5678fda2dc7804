using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class ThemesTests
{
    [Fact]
    public void Consensus_is_one_when_every_answer_shares_one_theme()
    {
        Assert.Equal(1, Themes.Consensus([2, 2, 2], themeCount: 4), 12);
    }

    [Fact]
    public void Consensus_is_zero_when_answers_spread_evenly_over_all_themes()
    {
        Assert.Equal(0, Themes.Consensus([0, 1, 2, 3], themeCount: 4), 12);
    }

    [Fact]
    public void Consensus_of_two_equal_themes_out_of_four_is_one_half()
    {
        // entropy ln 2 over the maximum ln 4
        Assert.Equal(0.5, Themes.Consensus([0, 0, 1, 1], themeCount: 4), 12);
    }

    [Fact]
    public void Consensus_counts_themes_a_side_never_named()
    {
        // The same answers are less concentrated among 2 themes than among 8 shared themes.
        Assert.True(Themes.Consensus([0, 1], themeCount: 8) > Themes.Consensus([0, 1], themeCount: 2));
    }

    [Fact]
    public void Consensus_with_a_single_theme_is_one()
    {
        Assert.Equal(1, Themes.Consensus([0, 0, 0], themeCount: 1));
    }

    [Fact]
    public void Counts_tally_answers_per_theme()
    {
        Assert.Equal([2, 0, 1], Themes.Counts([0, 2, 0], themeCount: 3));
    }
}
