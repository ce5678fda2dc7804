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
    public void A_file_that_is_missing_or_not_utf8_is_a_csv_problem_without_a_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bg-csv-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [0x69, 0x64, 0x0A, 0xFF, 0xFE, 0x0A]);

        var notUtf8 = Assert.Throws<CsvException>(() => CsvReader.ReadFile(path));
        File.Delete(path);
        var missing = Assert.Throws<CsvException>(() => CsvReader.ReadFile(path));

        Assert.StartsWith("unreadable (", notUtf8.Message, StringComparison.Ordinal);
        Assert.StartsWith("unreadable (", missing.Message, StringComparison.Ordinal);
        Assert.Null(missing.Line);
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
