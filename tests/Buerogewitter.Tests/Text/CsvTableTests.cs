using Buerogewitter.Core.Text;

namespace Buerogewitter.Tests.Text;

public class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_newlines()
    {
        var table = CsvReader.Parse("id,text\r\n1,\"Angebote, schnell\"\r\n2,\"sagt \"\"nein\"\"\"\r\n3,\"zwei\nZeilen\"\r\n");
        Assert.Equal(["id", "text"], table.Header);
        Assert.Equal("Angebote, schnell", table.Rows[0][1]);
        Assert.Equal("sagt \"nein\"", table.Rows[1][1]);
        Assert.Equal("zwei\nZeilen", table.Rows[2][1]);
        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Semicolon_separator_and_bom_are_detected()
    {
        var table = CsvReader.Parse("\uFEFFid;Antwort\n1;Neukunden, Mittelstand\n2;Marge");
        Assert.Equal(';', table.Separator);
        Assert.Equal(1, table.ColumnIndex("antwort"));
        Assert.Equal("Neukunden, Mittelstand", table.Rows[0][1]);
        Assert.Equal("Marge", table.Rows[1][1]);
    }

    [Fact]
    public void Empty_input_and_a_header_without_names_are_rejected_with_the_line()
    {
        Assert.Equal("the file is empty", Assert.Throws<CsvException>(() => CsvReader.Parse("")).Message);
        Assert.Equal("line 1: the header row names no column", Assert.Throws<CsvException>(() => CsvReader.Parse(" , \n1,2")).Message);
        Assert.Equal("line 2: a quoted field is not closed", Assert.Throws<CsvException>(() => CsvReader.Parse("id,text\n1,\"offen")).Message);
    }

    [Fact]
    public void Rows_are_padded_to_the_header_and_records_keep_their_fields_and_lines()
    {
        var table = CsvReader.Parse("id,text,extra\n1,kurz\n2,lang,x,y\n");

        Assert.Equal(["1", "kurz", ""], table.Rows[0]);
        Assert.Equal(["2", "lang", "x"], table.Rows[1]);
        Assert.Equal(["2", "lang", "x", "y"], table.Records[1].Fields);
        Assert.Equal([2, 3], table.Records.Select(r => r.Line));
        Assert.Equal(-1, table.ColumnIndex("missing"));
    }

    [Fact]
    public void Written_table_reads_back_identically()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "1", "a,b" }, new[] { "2", "er sagt \"ja\"\nund geht" }, new[] { "3", "" } };
        using var writer = new StringWriter();
        CsvWriter.Write(writer, ["id", "text"], rows);
        var back = CsvReader.Parse(writer.ToString());
        Assert.Equal(rows.Select(r => r.ToArray()), back.Rows.Select(r => r.ToArray()));
    }
}
