using System.Text.Json;
using Buerogewitter.Core.Demo;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Tests.Demo;

public class DemoScenarioBuilderTests
{
    private static readonly DateOnly Today = new(2026, 4, 10);
    private static readonly DemoScenario Scenario = DemoScenarioBuilder.Build(42, Today);

    [Fact]
    public void Same_seed_and_day_give_the_identical_scenario()
    {
        var again = DemoScenarioBuilder.Build(42, Today);
        var other = DemoScenarioBuilder.Build(43, Today);

        Assert.Equal(JsonSerializer.Serialize(Scenario), JsonSerializer.Serialize(again));
        Assert.NotEqual(JsonSerializer.Serialize(Scenario), JsonSerializer.Serialize(other));
    }

    [Fact]
    public void Organisation_is_the_german_demo_tenant_in_berlin()
    {
        Assert.Equal(new DemoOrganisation("demo", "Kesselbach Antriebstechnik GmbH", "Europe/Berlin", Languages.German), Scenario.Organisation);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2024)]
    public void People_split_into_equal_sides_tandems_of_two_or_three_and_a_few_leads(int seed)
    {
        var people = DemoScenarioBuilder.Build(seed, Today).People;

        Assert.InRange(people.Count, 36, 42);
        Assert.Equal(18, people.Count(p => p.Side == Side.Inside));
        Assert.Equal(18, people.Count(p => p.Side == Side.Field));
        var leads = people.Where(p => p.Side == Side.Lead).ToList();
        Assert.InRange(leads.Count, 2, 3);
        Assert.All(leads, l => Assert.Null(l.Tandem));
        var tandems = people.Where(p => p.Side != Side.Lead).GroupBy(p => p.Tandem).ToList();
        Assert.All(tandems, t =>
        {
            Assert.NotNull(t.Key);
            Assert.InRange(t.Count(), 2, 3);
            Assert.Contains(t, p => p.Side == Side.Inside);
            Assert.Contains(t, p => p.Side == Side.Field);
        });
        Assert.Contains(tandems, t => t.Key == "Nord 1");
        Assert.InRange(people.Count(p => p.Language == Languages.English) / (double)people.Count, 0.2, 0.3);
        Assert.All(people, p => Assert.Matches(@"^[a-z]+\.[a-z]+@kesselbach-demo\.example$", p.Email));
        Assert.Equal(people.Count, people.Select(p => p.Email).Distinct().Count());
    }

    [Fact]
    public void Strategy_v2_replaces_v1_before_the_first_wave_and_drops_some_of_its_priorities()
    {
        var v1 = Scenario.StrategyVersions.Single(v => v.VersionNo == 1);
        var v2 = Scenario.StrategyVersions.Single(v => v.VersionNo == 2);
        var firstOpening = DateOnly.FromDateTime(Scenario.Waves[0].OpensAt.DateTime);

        Assert.InRange(v1.Priorities.Count, 3, 4);
        Assert.Equal(4, v2.Priorities.Count);
        Assert.True(v2.EffectiveFrom < firstOpening);
        Assert.InRange(v2.EffectiveFrom.DayNumber - v1.EffectiveFrom.DayNumber, 330, 400);
        Assert.All(v2.Priorities, p => Assert.False(string.IsNullOrWhiteSpace(p.Examples)));
        Assert.Contains(v1.Priorities, old => v2.Priorities.All(p => p.Text != old.Text));
    }

    [Fact]
    public void Template_asks_the_strategy_self_clarity_likert_items_and_open_question_in_both_languages()
    {
        var template = Scenario.Template;

        Assert.Equal("Wie sieht unsere aktuelle Vertriebsstrategie aus?", template.StrategyQuestionDe);
        Assert.Equal("What is our current sales strategy?", template.StrategyQuestionEn);
        Assert.Equal("Ich kenne unsere Vertriebsstrategie und könnte sie erklären.", template.ClarityItemDe);
        Assert.InRange(template.Items.Count, 4, 5);
        Assert.All(template.Items, i => Assert.All(
            new[] { i.TextDe, i.TextEn, i.LowLabelDe, i.HighLabelDe, i.LowLabelEn, i.HighLabelEn }, t => Assert.False(string.IsNullOrWhiteSpace(t))));
    }

    [Fact]
    public void Waves_open_on_first_mondays_at_nine_berlin_time_in_winter_and_summer()
    {
        // 09:00 in Berlin is 07:00 UTC under summer time (until the last Sunday of October) and 08:00 UTC in winter.
        DateTimeOffset[] expectedUtc =
        [
            new(2025, 10, 6, 7, 0, 0, TimeSpan.Zero), new(2025, 11, 3, 8, 0, 0, TimeSpan.Zero), new(2025, 12, 1, 8, 0, 0, TimeSpan.Zero),
            new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero), new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
        ];

        Assert.Equal(expectedUtc, Scenario.Waves.Select(w => w.OpensAt.ToUniversalTime()));
        Assert.Equal(TimeSpan.FromHours(2), Scenario.Waves[0].OpensAt.Offset);
        Assert.Equal(TimeSpan.FromHours(1), Scenario.Waves[1].OpensAt.Offset);
        Assert.All(Scenario.Waves, w =>
        {
            Assert.Equal(w.OpensAt, w.ScheduledAt);
            Assert.Equal(TimeSpan.FromDays(7), w.ClosesAt - w.OpensAt);
            Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(w.OpensAt.DateTime));
        });
    }

    [Fact]
    public void Summer_waves_carry_the_summer_offset()
    {
        var summer = DemoScenarioBuilder.Build(42, new DateOnly(2025, 9, 20));

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), summer.Waves[0].OpensAt);
        Assert.Equal(new DateTimeOffset(2025, 4, 7, 9, 0, 0, TimeSpan.FromHours(2)), summer.Waves[1].OpensAt);
        Assert.Equal(new DateTimeOffset(2025, 8, 4, 9, 0, 0, TimeSpan.FromHours(2)), summer.Waves[^1].OpensAt);
    }

    [Theory]
    [InlineData("2026-04-01", "2026-03-02")]
    [InlineData("2026-03-31", "2026-02-02")]
    [InlineData("2026-01-15", "2025-12-01")]
    public void Last_wave_falls_in_the_last_complete_month_before_today(string today, string lastOpening)
    {
        var scenario = DemoScenarioBuilder.Build(7, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(6, scenario.Waves.Count);
        Assert.Equal(DateOnly.Parse(lastOpening, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.FromDateTime(scenario.Waves[^1].OpensAt.DateTime));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Every_respondent_has_exactly_one_response_of_the_same_side(int seed)
    {
        var scenario = DemoScenarioBuilder.Build(seed, Today);
        var people = scenario.People.ToDictionary(p => p.Email);

        Assert.All(scenario.Waves, wave =>
        {
            Assert.Equal(wave.RespondentEmails.Count, wave.RespondentEmails.Distinct().Count());
            Assert.Equal(wave.RespondentEmails.Count, wave.Responses.Count);
            var respondentSides = wave.RespondentEmails.Select(e => people[e].Side).ToList();
            foreach (var side in Sides.All)
            {
                var invited = scenario.People.Count(p => p.Side == side);
                var answered = respondentSides.Count(s => s == side);
                Assert.Equal(answered, wave.Responses.Count(r => r.Side == side));
                Assert.InRange(answered / (double)invited, 0.65, 0.90);
            }
            Assert.NotEqual(respondentSides, wave.Responses.Select(r => r.Side));
            Assert.All(wave.Responses, r => Assert.Contains(people.Values, p => p.Side == r.Side && p.Language == r.Language));
        });
    }

    [Fact]
    public void Responses_are_submitted_within_the_open_week()
    {
        Assert.All(Scenario.Waves, wave =>
        {
            var opened = DateOnly.FromDateTime(wave.OpensAt.DateTime);
            Assert.All(wave.Responses, r => Assert.InRange(r.SubmittedOn, opened, opened.AddDays(6)));
        });
    }

    [Fact]
    public void Response_rates_vary_between_waves()
    {
        Assert.True(Scenario.Waves.Select(w => w.Responses.Count).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Workshop_is_held_after_wave_3_closes_and_before_wave_4_opens(int seed)
    {
        var scenario = DemoScenarioBuilder.Build(seed, Today);
        var workshop = scenario.Workshop;

        Assert.InRange(workshop.HeldOn, DateOnly.FromDateTime(scenario.Waves[2].ClosesAt.DateTime).AddDays(1),
            DateOnly.FromDateTime(scenario.Waves[2].ClosesAt.DateTime).AddDays(7));
        Assert.True(workshop.HeldOn < DateOnly.FromDateTime(scenario.Waves[3].OpensAt.DateTime));
        Assert.InRange(workshop.HeldOn.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
    }

    [Fact]
    public void Workshop_has_cards_of_every_kind_per_side_and_three_measures_owned_by_both_sides()
    {
        var workshop = Scenario.Workshop;

        foreach (var side in Sides.Compared)
        {
            foreach (var kind in CardKinds.All)
            {
                Assert.Contains(workshop.Cards, c => c.Side == side && c.Kind == kind);
            }
        }
        Assert.False(string.IsNullOrWhiteSpace(workshop.JointProblem));
        Assert.Equal(3, workshop.Measures.Count);
        Assert.All(workshop.Measures, m =>
        {
            Assert.Equal(Side.Inside, Scenario.People.Single(p => p.Name == m.OwnerInside).Side);
            Assert.Equal(Side.Field, Scenario.People.Single(p => p.Name == m.OwnerField).Side);
            Assert.True(m.DueOn > workshop.HeldOn);
            Assert.Contains(m.Status, MeasureStatuses.All);
        });
    }

    [Fact]
    public void Only_waves_after_the_workshop_ask_one_check_per_measure()
    {
        Assert.Equal([false, false, false, true, true, true], Scenario.Waves.Select(w => w.AsksMeasureChecks));
        Assert.All(Scenario.Waves.Take(3).SelectMany(w => w.Responses), r => Assert.Empty(r.MeasureChecks));
        var checks = Scenario.Waves.Skip(3).SelectMany(w => w.Responses).Select(r => r.MeasureChecks).ToList();
        Assert.All(checks, c => Assert.Equal(3, c.Count));
        Assert.All(checks.SelectMany(c => c).OfType<int>(), v => Assert.InRange(v, 1, 5));
        Assert.Contains(checks.SelectMany(c => c), v => v is null);
    }

    [Fact]
    public void Ratings_follow_the_template_and_stay_on_the_scale()
    {
        var responses = Scenario.Waves.SelectMany(w => w.Responses).ToList();

        Assert.All(responses, r => Assert.Equal(Scenario.Template.Items.Count, r.Ratings.Count));
        Assert.All(responses.SelectMany(r => r.Ratings.Append(r.SelfClarity)).OfType<int>(), v => Assert.InRange(v, 1, 5));
        Assert.Contains(responses, r => r.CollaborationAnswer is null);
        Assert.Contains(responses, r => r.CollaborationAnswer is not null);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    [InlineData(31337)]
    public void Answers_converge_after_the_workshop(int seed)
    {
        var scenario = DemoScenarioBuilder.Build(seed, Today);
        var probe = new DemoAnswerProbe(scenario);
        var before = DemoAnswerProbe.Compared(scenario.Waves.Take(3)).ToList();
        var after = DemoAnswerProbe.Compared(scenario.Waves.Skip(3)).ToList();

        Assert.True(probe.RecallShare(after) > probe.RecallShare(before) + 0.2,
            $"recall {probe.RecallShare(before):F2} → {probe.RecallShare(after):F2}");
        Assert.True(probe.UnanchoredShare(after) < probe.UnanchoredShare(before) - 0.1,
            $"unanchored {probe.UnanchoredShare(before):F2} → {probe.UnanchoredShare(after):F2}");
        Assert.True(probe.Divergence(after) < probe.Divergence(before),
            $"divergence {probe.Divergence(before):F3} → {probe.Divergence(after):F3}");
        var shift = MeanRating(after) - MeanRating(before);
        Assert.InRange(shift, 0.3, 0.8);
    }

    [Fact]
    public void Answers_include_english_diffuse_stale_and_side_specific_talk()
    {
        var probe = new DemoAnswerProbe(Scenario);
        var responses = Scenario.Waves.SelectMany(w => w.Responses).ToList();
        var answers = responses.Select(r => r.StrategyAnswer).ToList();

        Assert.InRange(responses.Count(r => r.Language == Languages.English) / (double)responses.Count, 0.1, 0.4);
        Assert.Contains(responses, r => r.Language == Languages.English && r.StrategyAnswer.Contains("quote", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(answers, a => a.Contains("keine ahnung", StringComparison.OrdinalIgnoreCase)
            || a.Contains("weiß nicht", StringComparison.OrdinalIgnoreCase) || a.Contains("mehr umsatz", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(answers, probe.IsStale);
        Assert.Contains(answers, a => a.Contains("Sonderlocken", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(answers, a => System.Text.RegularExpressions.Regex.IsMatch(a, @"\b(AD|ID)\b"));
        Assert.True(answers.Distinct().Count() > answers.Count * 0.8, "answers repeat too often");
    }

    [Fact]
    public void Before_the_workshop_each_side_names_its_own_half_of_the_strategy()
    {
        var probe = new DemoAnswerProbe(Scenario);
        var before = Scenario.Waves.Take(3).SelectMany(w => w.Responses).ToList();

        int Mentions(Side side, int priority) =>
            before.Where(r => r.Side == side).Count(r => probe.Named(r.StrategyAnswer).Contains(priority));

        // Priority 3 is the 48-hour quote (inside's daily work), priority 1 new accounts (field's).
        Assert.True(Mentions(Side.Inside, 2) > Mentions(Side.Field, 2));
        Assert.True(Mentions(Side.Field, 0) > Mentions(Side.Inside, 0));
    }

    private static double MeanRating(IEnumerable<DemoResponse> responses) =>
        responses.SelectMany(r => r.Ratings).OfType<int>().Average();
}
