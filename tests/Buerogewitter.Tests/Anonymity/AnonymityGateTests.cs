using Buerogewitter.Core.Anonymity;

namespace Buerogewitter.Tests.Anonymity;

public class AnonymityGateTests
{
    private readonly AnonymityGate gate = new(AnonymityThresholds.Default);

    [Fact]
    public void Groups_show_scores_from_five_and_text_from_ten_responses()
    {
        var decision = gate.Decide([new("inside", 4), new("field", 5), new("lead", 10)], withTotal: false);

        Assert.Equal(new Disclosure("inside", 4, Scores: false, Text: false), decision.Group("inside"));
        Assert.Equal(new Disclosure("field", 5, Scores: true, Text: false), decision.Group("field"));
        Assert.Equal(new Disclosure("lead", 10, Scores: true, Text: true), decision.Group("lead"));
        Assert.Null(decision.Total);
    }

    [Fact]
    public void Total_minus_a_shown_group_cannot_reveal_the_hidden_group()
    {
        // Without suppression: total 23 − inside 12 − field 9 = the two leads.
        var decision = gate.Decide([new("inside", 12), new("field", 9), new("lead", 2)], withTotal: true);

        Assert.True(decision.Total!.Scores);
        Assert.False(decision.Group("lead").Scores);
        Assert.False(decision.Group("field").Scores); // the next-smallest goes too
        Assert.True(decision.Group("inside").Scores);
        AssertNoGroupFollowsFromTotal(decision, 5, d => d.Scores);
    }

    [Fact]
    public void Two_hidden_groups_that_together_stay_below_the_minimum_pull_in_a_third()
    {
        // Hiding "a" (1) and "b" (2) is not enough: total − c − d would describe three people.
        var decision = gate.Decide([new("a", 1), new("b", 2), new("c", 6), new("d", 20)], withTotal: true);

        Assert.Equal([false, false, false, true], decision.Groups.Select(group => group.Scores));
        AssertNoGroupFollowsFromTotal(decision, 5, d => d.Scores);
    }

    [Fact]
    public void Two_groups_that_differ_by_one_person_are_not_both_shown()
    {
        // A filter (region north, 5) inside its parent (the whole field side, 6): the parent is the
        // total, the one person outside the filter a group of its own.
        var decision = gate.Decide([new("north", 5), new("rest", 1)], withTotal: true);

        Assert.False(decision.Total!.Scores && decision.Group("north").Scores);
    }

    [Fact]
    public void When_every_group_is_hidden_the_total_is_still_shown_if_large_enough()
    {
        var decision = gate.Decide([new("inside", 3), new("field", 4)], withTotal: true);

        Assert.True(decision.Total!.Scores);
        Assert.All(decision.Groups, group => Assert.False(group.Scores));
    }

    [Fact]
    public void A_single_hidden_group_with_no_responses_hides_nothing_else()
    {
        var decision = gate.Decide([new("inside", 8), new("field", 7), new("lead", 0)], withTotal: true);

        Assert.True(decision.Group("inside").Scores);
        Assert.True(decision.Group("field").Scores);
        Assert.True(decision.Total!.Scores);
    }

    [Fact]
    public void Text_suppression_uses_the_text_minimum()
    {
        var decision = gate.Decide([new("inside", 30), new("field", 14), new("lead", 6)], withTotal: true);

        Assert.Equal([true, true, true], decision.Groups.Select(group => group.Scores));
        Assert.Equal([true, false, false], decision.Groups.Select(group => group.Text));
        AssertNoGroupFollowsFromTotal(decision, 10, d => d.Text);
    }

    [Fact]
    public void A_wave_that_adds_one_person_does_not_show_the_group_again()
    {
        var march = gate.Decide([new("inside", 6)], withTotal: false);
        var april = gate.Decide([new("inside", 7)], withTotal: false, [march]);

        Assert.True(march.Group("inside").Scores);
        Assert.False(april.Group("inside").Scores);
    }

    [Fact]
    public void The_blocked_wave_does_not_reopen_the_attack_one_wave_later()
    {
        var march = gate.Decide([new("inside", 6)], withTotal: false);
        var april = gate.Decide([new("inside", 7)], withTotal: false, [march]);
        var may = gate.Decide([new("inside", 7)], withTotal: false, [march, april]);

        Assert.False(may.Group("inside").Scores);
    }

    [Fact]
    public void A_group_blocked_across_waves_cannot_be_recomputed_from_the_total()
    {
        var march = gate.Decide([new("inside", 6), new("field", 30)], withTotal: true);
        var april = gate.Decide([new("inside", 7), new("field", 30)], withTotal: true, [march]);

        Assert.False(april.Group("inside").Scores);
        Assert.False(april.Total!.Scores && april.Group("field").Scores);
    }

    [Fact]
    public void Same_count_or_a_change_of_at_least_the_minimum_is_shown_again()
    {
        var march = gate.Decide([new("inside", 6), new("field", 7)], withTotal: false);
        var april = gate.Decide([new("inside", 6), new("field", 12)], withTotal: false, [march]);

        Assert.True(april.Group("inside").Scores);
        Assert.True(april.Group("field").Scores);
    }

    [Fact]
    public void Theme_shares_and_quotes_are_not_held_back_across_waves_because_themes_are_fitted_anew()
    {
        var march = gate.Decide([new("inside", 12)], withTotal: false);
        var april = gate.Decide([new("inside", 13)], withTotal: false, [march]);

        Assert.True(march.Group("inside").Text);
        Assert.True(april.Group("inside").Text);
    }

    [Fact]
    public void Large_groups_stay_shown_when_a_few_join()
    {
        var march = gate.Decide([new("field", 24)], withTotal: false);
        var april = gate.Decide([new("field", 25)], withTotal: false, [march]);

        Assert.True(april.Group("field").Scores);
    }

    [Fact]
    public void A_group_hidden_last_wave_gives_nothing_to_subtract_from()
    {
        var march = gate.Decide([new("inside", 4)], withTotal: false);
        var april = gate.Decide([new("inside", 5)], withTotal: false, [march]);

        Assert.True(april.Group("inside").Scores);
    }

    [Fact]
    public void Gate_rejects_duplicate_keys_and_the_reserved_total_key()
    {
        Assert.Throws<ArgumentException>(() => gate.Decide([new("inside", 5), new("inside", 6)], withTotal: false));
        Assert.Throws<ArgumentException>(() => gate.Decide([new(AnonymityGate.TotalKey, 5)], withTotal: false));
    }

    // The attacker's move: total minus every shown group leaves the hidden ones together.
    private static void AssertNoGroupFollowsFromTotal(GateDecision decision, int minimum, Func<Disclosure, bool> shownAt)
    {
        if (!shownAt(decision.Total!))
        {
            return;
        }

        var residue = decision.Groups.Where(group => !shownAt(group) && group.Responses > 0).ToList();
        Assert.True(residue.Count is 0 or >= 2, "a single hidden group equals total minus the shown ones");
        Assert.True(residue.Count == 0 || residue.Sum(group => group.Responses) >= minimum, "the hidden groups together stay below the minimum");
    }
}
