using Buerogewitter.Core.Participants;

namespace Buerogewitter.Tests.Participants;

public sealed class RosterFileTests
{
    [Fact]
    public void Valid_rows_become_entries_with_lower_case_emails_and_optional_tandem()
    {
        var result = RosterFile.Parse("email,name,side,tandem,language\nAnna@Example.com,Anna,inside,Nord 1,de\nbo@example.com,Bo,lead,,EN\n");

        Assert.True(result.IsValid);
        Assert.Equal(
            [new RosterEntry(2, "anna@example.com", "Anna", Side.Inside, "Nord 1", "de"), new RosterEntry(3, "bo@example.com", "Bo", Side.Lead, null, "en")],
            result.Entries);
    }

    [Fact]
    public void The_tandem_column_may_be_left_out()
    {
        var result = RosterFile.Parse("name,email,language,side\nAnna,anna@example.com,de,field\n");

        Assert.Equal(Side.Field, Assert.Single(result.Entries).Side);
    }

    [Fact]
    public void Issue17_a_German_HR_export_may_name_the_sides_in_German()
    {
        var result = RosterFile.Parse("email,name,side,language\na@example.com,A,Innendienst,de\nb@example.com,B,Außendienst,de\nc@example.com,C,aussendienst,de\n"
            + "d@example.com,D,Vertriebsleitung,de\ne@example.com,E,LEITUNG,de\nf@example.com,F,INNENDIENST,de\ng@example.com,G,Field,en\n");

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal([Side.Inside, Side.Field, Side.Field, Side.Lead, Side.Lead, Side.Inside, Side.Field], result.Entries.Select(e => e.Side));
    }

    [Theory]
    [InlineData("anna@example.com,Anna,aussen,,de", "line 2: side 'aussen' is not one of inside, field, lead")]
    [InlineData("anna@example.com,Anna,inside,,fr", "line 2: language 'fr' is not one of de, en")]
    [InlineData("anna,Anna,inside,,de", "line 2: email 'anna' is not a valid e-mail address")]
    [InlineData("anna@localhost,Anna,inside,,de", "line 2: email 'anna@localhost' is not a valid e-mail address")]
    [InlineData(",Anna,inside,,de", "line 2: email is empty")]
    [InlineData("anna@example.com,,inside,,de", "line 2: name is empty")]
    [InlineData("anna@example.com,Anna,inside,de", "line 2: has 4 fields, the header has 5")]
    public void Each_kind_of_bad_row_is_named_with_line_and_field(string row, string problem)
    {
        var result = RosterFile.Parse("email,name,side,tandem,language\n" + row + "\n");

        Assert.False(result.IsValid);
        Assert.Empty(result.Entries);
        Assert.Equal(problem, Assert.Single(result.Problems));
    }

    [Fact]
    public void One_bad_row_rejects_the_whole_file()
    {
        var result = RosterFile.Parse("email,name,side,tandem,language\na@example.com,A,inside,,de\nb@example.com,B,outside,,de\n");

        Assert.Empty(result.Entries);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Duplicate_emails_are_reported_with_both_lines_regardless_of_case()
    {
        var result = RosterFile.Parse("email,name,side,tandem,language\na@example.com,A,inside,,de\nA@EXAMPLE.COM,A2,field,,de\n");

        Assert.Equal("line 3: email 'A@EXAMPLE.COM' already appears on line 2", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("email,name,side,tandem,language\n", "the file has a header but no participants")]
    [InlineData("email,name,side,tandem,language,phone\na@example.com,A,inside,,de,1\n", "line 1: unknown column 'phone' (expected email, name, side, tandem, language)")]
    [InlineData("email,name,tandem,language\na@example.com,A,,de\n", "line 1: column 'side' is missing")]
    public void Files_without_usable_structure_are_rejected(string content, string problem) =>
        Assert.Equal(problem, Assert.Single(RosterFile.Parse(content).Problems));
}
