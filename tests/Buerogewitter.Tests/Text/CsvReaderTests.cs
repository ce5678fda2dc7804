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
        Assert.Equal("the file is empty", Assert.Throws<FormatException>(() => CsvReader.Parse("")).Message);
        Assert.Equal("line 2: a quoted field is not closed", Assert.Throws<FormatException>(() => CsvReader.Parse("a\n\"open")).Message);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("semi;colon", "\"semi;colon\"")]
    public void Writer_quotes_only_what_needs_it(string field, string expected) => Assert.Equal(expected, CsvWriter.Quote(field));
}
