using System.Text;

namespace Buerogewitter.Analytics.Csv;

/// <summary>
/// An RFC 4180 table with a header row: quoted fields may hold separators, quotes ("") and line
/// breaks. The separator is ',' or ';' (German Excel writes ';'), detected from the header line.
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
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var separator = DetectSeparator(text);
        var records = ParseRecords(text, separator);
        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace)) throw new CsvException("the file is empty or has no header row");
        var header = records[0].Select(h => h.Trim()).ToList();
        var rows = new List<IReadOnlyList<string>>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            // A trailing blank line is not a row.
            if (record.Count == 1 && record[0].Length == 0) continue;
            var row = new string[header.Count];
            for (var i = 0; i < header.Count; i++) row[i] = i < record.Count ? record[i] : string.Empty;
            rows.Add(row);
        }
        return new CsvTable(header, rows, separator);
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
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            var f = fields[i] ?? string.Empty;
            if (f.AsSpan().IndexOfAny(",;\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(f);
            }
        }
        writer.Write("\r\n");
    }

    private static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<List<string>> ParseRecords(string text, char separator)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        var any = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                any = true;
            }
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (c is '\r' or '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                any = false;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else
            {
                field.Append(c);
                any = true;
            }
            i++;
        }
        if (quoted) throw new CsvException("a quoted field is not closed");
        if (any || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
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
