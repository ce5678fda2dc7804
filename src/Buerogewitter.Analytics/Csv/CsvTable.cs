using System.Text;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Analytics.Csv;

/// <summary>
/// The verbs' view of a CSV file: header and rows padded to the header's width, read and written
/// with the product's one RFC 4180 reader and writer (<see cref="CsvReader"/>, <see cref="CsvWriter"/>).
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, char separator)
    {
        Header = header;
        Rows = rows;
        Separator = separator;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows, each padded or cut to the header's width.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public char Separator { get; }

    /// <summary>Reads a UTF-8 file (with or without BOM). Throws <see cref="CsvException"/> when it cannot.</summary>
    public static CsvTable Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            throw new CsvException($"unreadable ({e.Message})", e);
        }
        return Parse(text);
    }

    public static CsvTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Core.Text.CsvTable table;
        try
        {
            table = CsvReader.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CsvException(e.Message, e);
        }

        if (table.Header.All(string.IsNullOrWhiteSpace))
        {
            throw new CsvException("the file is empty or has no header row");
        }

        var rows = table.Records
            .Select(record => (IReadOnlyList<string>)Enumerable.Range(0, table.Header.Count)
                .Select(i => i < record.Fields.Count ? record.Fields[i] : string.Empty).ToArray())
            .ToList();
        return new CsvTable(table.Header, rows, table.Separator);
    }

    /// <summary>Index of a column by name (case-insensitive), or -1.</summary>
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>Writes RFC 4180 with ',' and CRLF, quoting only where needed; UTF-8 without BOM.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        WriteRecord(writer, header);
        foreach (var row in rows) WriteRecord(writer, row);
    }

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(writer, header, rows);
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        writer.Write(CsvWriter.Line(fields));
        writer.Write("\r\n");
    }
}

/// <summary>The input is not a readable CSV table; the message is one line for the user.</summary>
public sealed class CsvException : Exception
{
    public CsvException()
    {
    }

    public CsvException(string message)
        : base(message)
    {
    }

    public CsvException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
