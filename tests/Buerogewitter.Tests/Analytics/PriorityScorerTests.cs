using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Tests.Analytics;

public class PriorityScorerTests
{
    /// <summary>No dictionary file and no embedding model: these tests read nothing from disk.</summary>
    internal static readonly ScorerResources WordsOnly = new(null, null, RecallModels.Shipped, Glossary.Default);

    private static readonly Priority[] Current =
    [
        new("P1", "Wir gewinnen neue Kunden im Maschinenbau, vor allem in Sachsen.", TextEn: "We win new customers in machine building, above all in Saxony."),
        new("P2", "Die Eigenmarke Hydrona wird in jedem Kundengespräch angeboten.", TextEn: "The Hydrona own brand is offered in every customer conversation."),
        new("P3", "Bestellungen laufen über das Kundenportal statt per Fax.", TextEn: "Orders come in through the customer portal instead of by fax."),
        new("P4", "Preisdisziplin: Sonderpreise nur mit Freigabe der Vertriebsleitung.", TextEn: "Price discipline: special prices only with the sales director's approval."),
    ];

    private static readonly Priority[] Stale = [new("S1", "Wir listen unsere Produkte in Baumärkten.", TextEn: "We list our products in DIY stores.")];

    private static PriorityAnswerScore Score(string text) =>
        new PriorityScorer(Current, Stale, WordsOnly).Score([new AnswerText(text)]).Answers[0];

    [Theory]
    [InlineData("Kaltakquise im Maschinenbau", "P1")]
    [InlineData("Hydrona in jedem Gespräch", "P2")]
    [InlineData("Weg vom Fax, alle aufs Portal", "P3")]
    [InlineData("Sonderpreise nur mit Freigabe", "P4")]
    public void Own_words_and_sales_jargon_name_the_priority(string text, string expected) =>
        Assert.Equal([expected], Score(text).PriorityIds);

    [Theory]
    [InlineData("win new customers in Saxony", "P1")]
    [InlineData("offer our own brand in every conversation", "P2")]
    [InlineData("get customers ordering through the portal", "P3")]
    public void An_english_answer_names_the_priority_through_its_english_text(string text, string expected) =>
        Assert.Equal([expected], Score(text).PriorityIds);

    [Fact]
    public void A_word_several_priorities_share_names_none()
    {
        // "Kunden" stands in P1, P2 and P3: on its own it says nothing about which one is meant.
        Assert.Empty(Score("Kunden besser betreuen").PriorityIds);
    }

    [Fact]
    public void A_retired_priority_is_flagged_stale()
    {
        var score = Score("Unsere Produkte in die Baumärkte bringen");
        Assert.Empty(score.PriorityIds);
        Assert.Equal(["S1"], score.StalePriorityIds);
        Assert.False(score.IsDiffuse);
    }

    [Fact]
    public void A_retired_priority_named_as_retired_is_not_stale()
    {
        var score = Score("Baumärkte sind abgesagt, jetzt alle aufs Portal");
        Assert.Equal(["P3"], score.PriorityIds);
        Assert.Empty(score.StalePriorityIds);
    }

    [Theory]
    [InlineData("keine Ahnung")]
    [InlineData("Mehr Umsatz als letztes Jahr")]
    [InlineData("Fragen Sie die Geschäftsführung")]
    [InlineData("Keine Ahnung, ich bin die meiste Zeit draußen beim Kunden")]
    [InlineData("Keine Ahnung, ich sitz den ganzen Tag in Meetings")]
    [InlineData("Nachhaltigkeit und Digitalisierung")]
    public void An_answer_without_content_is_diffuse(string text)
    {
        var score = Score(text);
        Assert.True(score.IsDiffuse);
        Assert.False(score.IsOffTopic);
        Assert.Empty(score.PriorityIds);
    }

    [Theory]
    [InlineData("Die Dienstwagenregelung ist ungerecht")]
    [InlineData("Zu viele Meetings, zu wenig Zeit")]
    [InlineData("Our CRM is a mess")]
    public void An_answer_about_something_else_is_off_topic_not_diffuse(string text)
    {
        var score = Score(text);
        Assert.True(score.IsOffTopic);
        Assert.False(score.IsDiffuse);
    }

    [Theory]
    [InlineData("Auf regionalen Fachmessen ausstellen")]
    [InlineData("Exhibit at regional trade fairs")]
    [InlineData("Tierarztpraxen als zusätzliche Zielgruppe")]
    [InlineData("Open a branch in Vienna for Austria")]
    public void A_concrete_lever_on_no_list_is_neither_diffuse_nor_off_topic(string text)
    {
        var score = Score(text);
        Assert.Empty(score.PriorityIds);
        Assert.False(score.IsDiffuse);
        Assert.False(score.IsOffTopic);
    }

    [Theory]
    [InlineData("Schwer zu sagen, ehrlich", "Hard to say, honestly")]
    [InlineData("Gute Frage, nächste Frage", "Good question, next question")]
    [InlineData("Die Zusammenarbeit mit den Kollegen im Lager ist schwierig", "Working with the colleagues in the warehouse is difficult")]
    [InlineData("Ich hätte gern mehr Weiterbildung", "I would like more training")]
    public void An_answer_and_its_translation_are_classified_alike(string german, string english)
    {
        var scores = new PriorityScorer(Current, Stale, WordsOnly).Score([new AnswerText(german, "de"), new AnswerText(english, "en")]).Answers;
        Assert.Equal((scores[0].IsDiffuse, scores[0].IsOffTopic), (scores[1].IsDiffuse, scores[1].IsOffTopic));
        Assert.True(scores[0].IsDiffuse || scores[0].IsOffTopic);
    }

    [Fact]
    public void Naming_a_priority_is_never_diffuse_whatever_else_is_said() =>
        Assert.False(Score("Keine Ahnung, vielleicht Hydrona").IsDiffuse);

    [Fact]
    public void Coded_answers_keep_their_codes_and_the_choice_is_reported_with_intervals()
    {
        var texts = Enumerable.Range(0, 60).Select(i => (i % 3) switch
        {
            0 => "Hydrona anbieten",
            1 => "Sonderpreise nur mit Freigabe",
            _ => "keine Ahnung",
        }).Select(t => new AnswerText(t)).ToList();
        // The coder disagrees with the scorer on answer 0: its code must stand.
        var coded = Enumerable.Range(0, 50).Select(i => new CodedAnswer(i, i == 0 ? ["P4"] : (i % 3) switch { 0 => ["P2"], 1 => ["P4"], _ => [] })).ToList();

        var result = new PriorityScorer(Current, Stale, WordsOnly).Score(texts, coded, seed: 1);

        var report = Assert.IsType<SupervisedReport>(result.Supervised);
        Assert.Equal(50, report.Coded);
        Assert.Equal(SupervisedPriorities.Matcher, report.Candidates[0].Name);
        Assert.All(report.Candidates, c => Assert.InRange(c.F1, c.Lower, c.Upper));
        Assert.Contains(report.Chosen, report.Candidates.Select(c => c.Name));
        Assert.Equal(["P4"], result.Answers[0].PriorityIds);
        Assert.Equal(["P2"], result.Answers[51].PriorityIds);
    }

    [Fact]
    public void Refitted_to_codes_the_scorer_learns_which_of_two_named_priorities_this_organisation_means()
    {
        // The words name the brand (P2) and the portal (P3), the portal more strongly; this organisation's coders
        // read it as the brand push. Only a weight of each priority's own can turn the evidence around.
        const string Both = "Hydrona übers Portal";
        Assert.Equal(["P2", "P3"], Score(Both).PriorityIds);
        var texts = Enumerable.Range(0, 60).Select(i => new AnswerText(i % 2 == 0 ? Both : "keine Ahnung")).ToList();
        var coded = Enumerable.Range(0, 50).Select(i => new CodedAnswer(i, i % 2 == 0 ? ["P2"] : [])).ToList();

        var result = new PriorityScorer(Current, Stale, WordsOnly).Score(texts, coded, seed: 1);

        var refitted = result.Supervised!.Candidates.Single(c => c.Name == SupervisedPriorities.Refitted);
        Assert.True(refitted.F1 > 0.95, $"refitted F1 {refitted.F1}");
        Assert.All(Enumerable.Range(50, 10), i => Assert.Equal(i % 2 == 0 ? ["P2"] : [], result.Answers[i].PriorityIds));
    }
}
