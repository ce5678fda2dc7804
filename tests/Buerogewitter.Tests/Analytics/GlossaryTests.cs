using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Tests.Analytics;

public class GlossaryTests
{
    private static IReadOnlyList<string> Concepts(Glossary glossary, string text) =>
        glossary.ConceptsIn(TextNormalizer.Tokenize(text).Select(t => t.Key).ToList());

    [Theory]
    [InlineData("Kaltakquise im Osten")]
    [InlineData("Wir gewinnen dieses Jahr 120 neue Apotheken")]
    [InlineData("New business in the east")]
    public void Acquisition_is_recognised_in_many_wordings(string text) =>
        Assert.Contains("#acquisition", Concepts(Glossary.Default, text));

    [Fact]
    public void Words_of_a_form_must_come_in_order_and_close_together()
    {
        var glossary = Glossary.Parse("speed: schnell* angebot*");
        Assert.Equal(["#speed"], Concepts(glossary, "schnellere Angebote"));
        Assert.Empty(Concepts(glossary, "Angebote schneller"));
        Assert.Empty(Concepts(glossary, "schnell, und dann kommt ganz lange nichts, und irgendwann die Angebote"));
    }

    [Fact]
    public void Leading_and_trailing_stars_match_compound_parts() =>
        Assert.Equal(["#acq"], Concepts(Glossary.Parse("acq: *akquise"), "Neukundenakquise"));

    [Fact]
    public void An_organisations_lines_add_to_the_default()
    {
        var glossary = Glossary.Default.With(Glossary.Parse("# our words\nportal-name: KelderOrder; KO"));
        Assert.Contains("#portal-name", Concepts(glossary, "Alles über KelderOrder"));
        Assert.Contains("#acquisition", Concepts(glossary, "Neukunden"));
    }

    [Theory]
    [InlineData("no colon here", "glossary line 1")]
    [InlineData("# fine\n\nbad name!: x", "glossary line 3")]
    [InlineData("empty:  ;  ", "has no forms")]
    public void A_bad_line_is_reported_with_its_number(string text, string expected)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => Glossary.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
