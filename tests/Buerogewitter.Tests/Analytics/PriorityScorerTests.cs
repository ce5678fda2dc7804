using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Tests.Analytics;

public class PriorityScorerTests
{
    private static readonly Priority[] Current =
    [
        new("P1", "Neukunden im Mittelstand gewinnen"),
        new("P2", "Angebote innerhalb von 24 Stunden an den Kunden"),
        new("P3", "Wartungsverträge und Ersatzteilgeschäft ausbauen", ["Servicevertrag bei jeder Anlage anbieten"]),
        new("P4", "Key-Account-Management für die Top-50-Kunden", ["Jahresgespräche mit Großkunden"]),
        new("P5", "Gemeinsame Kundentermine von Innen- und Außendienst"),
    ];

    private static readonly Priority[] Stale = [new("S1", "Exportgeschäft in Osteuropa aufbauen", ["Polen", "Tschechien"])];

    private static PriorityAnswerScore Score(string text) =>
        new PriorityScorer(Current, Stale).Score([new AnswerText(text)]).Answers[0];

    [Theory]
    [InlineData("mehr neue Kunden bei mittelständischen Firmen finden", "P1")]
    [InlineData("Offerten schneller rausschicken", "P2")]
    [InlineData("NK-Akquise", "P1")]
    [InlineData("KAM", "P4")]
    [InlineData("AD und ID zusammen beim Kunden", "P5")]
    public void Paraphrases_and_abbreviations_name_the_priority(string text, string expected) =>
        Assert.Equal([expected], Score(text).PriorityIds);

    [Theory]
    [InlineData("quotes within 24 hours", "P2")]
    [InlineData("win new customers in the mid-sized segment", "P1")]
    [InlineData("key account management for our biggest clients", "P4")]
    public void English_answers_name_German_priorities(string text, string expected) =>
        Assert.Equal([expected], Score(text).PriorityIds);

    [Fact]
    public void A_concrete_example_names_its_priority() =>
        Assert.Equal(["P4"], Score("Jahresgespräche mit den Großkunden führen").PriorityIds);

    [Fact]
    public void Umlaut_free_spelling_still_matches() =>
        Assert.Equal(["P3"], Score("Wartungsvertraege verkaufen").PriorityIds);

    [Fact]
    public void A_word_shared_by_several_priorities_names_none()
    {
        // "Kunden" appears in P1, P2, P4 and P5: on its own it is no evidence for any of them.
        var score = Score("Kunden besser betreuen");
        Assert.Empty(score.PriorityIds);
    }

    [Fact]
    public void Retired_priorities_are_flagged_stale()
    {
        var score = Score("Export nach Polen und Tschechien");
        Assert.Empty(score.PriorityIds);
        Assert.Equal(["S1"], score.StalePriorityIds);
        Assert.True(score.IsStale);
    }

    [Theory]
    [InlineData("keine Ahnung", true)]
    [InlineData("mehr Umsatz", true)]
    [InlineData("Neukunden, sonst weiß ich nicht", false)]
    [InlineData("Lieferzeiten verkürzen", false)]
    public void Diffuse_flag_means_no_concrete_content(string text, bool diffuse) =>
        Assert.Equal(diffuse, Score(text).IsDiffuse);

    [Fact]
    public void Supervised_option_reports_agreement_with_the_coder_on_held_back_answers()
    {
        var texts = Enumerable.Range(0, 40).Select(i => (i % 4) switch
        {
            0 => "Neukunden gewinnen " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => "Angebote schneller",
            2 => "Wartungsverträge verkaufen",
            _ => "keine Ahnung",
        }).Select(t => new AnswerText(t)).ToList();
        var coded = texts.Select((t, i) => new CodedAnswer(i, (i % 4) switch { 0 => ["P1"], 1 => ["P2"], 2 => ["P3"], _ => [] })).Take(30).ToList();

        var result = new PriorityScorer(Current).Score(texts, coded, seed: 1);

        var report = Assert.IsType<SupervisedReport>(result.Supervised);
        Assert.Equal(21, report.Trained);
        Assert.Equal(9, report.HeldOut);
        Assert.InRange(report.MatcherKappa, 0.99, 1.0);
        Assert.Equal(["P1"], result.Answers[32].PriorityIds);
    }
}
