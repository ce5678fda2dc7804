using Buerogewitter.Core.Text;

namespace Buerogewitter.Tests.Text;

public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks()
    {
        var table = CsvReader.Parse("id,text\n1,\"Preise, Marge und \"\"Sonderlocken\"\"\"\n2,\"zwei\nZeilen\"\n3,plain\n");

        Assert.Equal(["id", "text"], table.Header);
        Assert.Equal("Preise, Marge und \"Sonderlocken\"", table.Records[0].Fields[1]);
        Assert.Equal("zwei\nZeilen", table.Records[1].Fields[1]);
        Assert.Equal([2, 3, 5], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void Semicolon_files_with_a_byte_order_mark_are_read_like_excel_writes_them()
    {
        var table = CsvReader.Parse("\uFEFFemail;name\r\nanna@example.com;\"Groß; Anna\"\r\n");

        Assert.Equal(';', table.Separator);
        Assert.Equal(["email", "name"], table.Header);
        Assert.Equal(["anna@example.com", "Groß; Anna"], table.Records.Single().Fields);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_stay_physical()
    {
        var table = CsvReader.Parse("a,b\n\n1,2\n\n3,4");

        Assert.Equal([3, 5], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void An_empty_file_and_an_unclosed_quote_are_rejected_with_a_reason()
    {
        var empty = Assert.Throws<CsvException>(() => CsvReader.Parse(""));
        var open = Assert.Throws<CsvException>(() => CsvReader.Parse("a\n\"open"));

        Assert.Equal(("the file is empty", (int?)null), (empty.Message, empty.Line));
        Assert.Equal(("line 2: a quoted field is not closed", (int?)2), (open.Message, open.Line));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("semi;colon", "\"semi;colon\"")]
    public void Writer_quotes_only_what_needs_it(string field, string expected) => Assert.Equal(expected, CsvWriter.Quote(field));

    [Theory]
    [InlineData("=HYPERLINK(A1)", "'=HYPERLINK(A1)")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("+49", "+49")]
    [InlineData("1e-3", "1e-3")]
    [InlineData("Anna = Chefin", "Anna = Chefin")]
    public void Issue15_cells_a_spreadsheet_would_run_as_a_formula_are_written_as_text(string field, string expected) =>
        Assert.Equal(expected, CsvWriter.Quote(field));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)")]
    [InlineData("'quoted")]
    [InlineData("''twice")]
    [InlineData("\rreturn")]
    [InlineData("-0.5")]
    [InlineData("O'Brien")]
    public void Issue15_neutralised_cells_are_read_back_as_they_were(string field)
    {
        var table = CsvReader.Parse(CsvWriter.Line(["name"]) + "\r\n" + CsvWriter.Line([field]) + "\r\n");

        Assert.Equal(field, table.Records.Single().Fields.Single());
    }
}
