using Buerogewitter.Analytics.Csv;

namespace Buerogewitter.Tests.Analytics;

public class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_newlines()
    {
        var table = CsvTable.Parse("id,text\r\n1,\"Angebote, schnell\"\r\n2,\"sagt \"\"nein\"\"\"\r\n3,\"zwei\nZeilen\"\r\n");
        Assert.Equal(["id", "text"], table.Header);
        Assert.Equal("Angebote, schnell", table.Rows[0][1]);
        Assert.Equal("sagt \"nein\"", table.Rows[1][1]);
        Assert.Equal("zwei\nZeilen", table.Rows[2][1]);
        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Semicolon_separator_and_bom_are_detected()
    {
        var table = CsvTable.Parse("\uFEFFid;Antwort\n1;Neukunden, Mittelstand\n2;Marge");
        Assert.Equal(';', table.Separator);
        Assert.Equal(1, table.ColumnIndex("antwort"));
        Assert.Equal("Neukunden, Mittelstand", table.Rows[0][1]);
        Assert.Equal("Marge", table.Rows[1][1]);
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        Assert.Throws<CsvException>(() => CsvTable.Parse(""));
        Assert.Throws<CsvException>(() => CsvTable.Parse("id,\"text\n1,offen"));
    }

    [Fact]
    public void Written_table_reads_back_identically()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "1", "a,b" }, new[] { "2", "er sagt \"ja\"\nund geht" }, new[] { "3", "" } };
        using var writer = new StringWriter();
        CsvTable.Write(writer, ["id", "text"], rows);
        var back = CsvTable.Parse(writer.ToString());
        Assert.Equal(rows.Select(r => r.ToArray()), back.Rows.Select(r => r.ToArray()));
    }
}
