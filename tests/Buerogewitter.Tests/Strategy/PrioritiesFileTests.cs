using Buerogewitter.Core.Strategy;

namespace Buerogewitter.Tests.Strategy;

public sealed class PrioritiesFileTests
{
    private const string Three = "P1,Neukunden gewinnen\nP2,Angebote in 48 Stunden\nP3,Marge vor Menge\n";

    [Fact]
    public void Rows_become_priorities_in_file_order_with_english_text_and_examples_split_at_semicolons()
    {
        var result = PrioritiesFile.Parse("""
            id;text;text_en;examples
            1;Neukunden in Food & Packaging;New customers in food and packaging;"Neukunden; NK ;;new accounts"
            2;Angebote in 48 Stunden;;48h
            3;Marge vor Menge;Margin before volume;
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(["Neukunden in Food & Packaging", "Angebote in 48 Stunden", "Marge vor Menge"], result.Priorities.Select(p => p.Text));
        Assert.Equal(["New customers in food and packaging", null, "Margin before volume"], result.Priorities.Select(p => p.TextEn));
        Assert.Equal(["Neukunden", "NK", "new accounts"], result.Priorities[0].Examples);
        Assert.Empty(result.Priorities[2].Examples);
    }

    [Fact]
    public void Issue16_every_bad_row_is_reported_with_its_line_and_no_priority_is_returned()
    {
        var result = PrioritiesFile.Parse(
            "id,text\nP1,Neukunden gewinnen\nP1,Angebote in 48 Stunden\nP3,\nP4,Marge vor Menge\nP5,Service\nP6,Export\nP7\n");

        Assert.Empty(result.Priorities);
        Assert.Equal(
        [
            "line 3: id 'P1' already appears on line 2",
            "line 4: text is empty",
            "line 7: a strategy has at most 5 priorities; this is priority 6",
            "line 8: a strategy has at most 5 priorities; this is priority 7",
            "line 8: has 1 fields, the header has 2",
        ], result.Problems);
    }

    [Theory]
    [InlineData("id,text,owner\n" + Three, "line 1: unknown column 'owner' (expected id, text, text_en, examples)")]
    [InlineData("text\nNeukunden\nAngebote\nMarge\n", "line 1: column 'id' is missing")]
    [InlineData("id,text\nP1,Neukunden\nP2,Angebote\n", "the file lists 2 priorities; a strategy has 3 to 5")]
    [InlineData("id,text\n", "the file lists 0 priorities; a strategy has 3 to 5")]
    [InlineData("id,text\n\"P1,Neukunden\n", "line 2: a quoted field is not closed")]
    public void The_header_the_count_and_the_csv_itself_are_checked(string content, string problem)
    {
        var result = PrioritiesFile.Parse(content);

        Assert.Equal(problem, Assert.Single(result.Problems));
    }

    [Fact]
    public void A_text_longer_than_the_page_allows_is_refused_in_either_language()
    {
        var result = PrioritiesFile.Parse($"id,text,text_en\nP1,{new string('a', 301)},ok\nP2,b,{new string('c', 302)}\nP3,d,\n");

        Assert.Equal(
            ["line 2: text has 301 characters, at most 300 are allowed", "line 3: text_en has 302 characters, at most 300 are allowed"],
            result.Problems);
    }
}
