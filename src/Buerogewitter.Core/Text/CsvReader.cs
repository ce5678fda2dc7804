using System.Text;

namespace Buerogewitter.Core.Text;

/// <summary>
/// RFC 4180 reader for the files HR systems and Excel write: UTF-8 with or without BOM, a header row,
/// <c>,</c> or <c>;</c> (German Excel writes <c>;</c>), quoted fields with embedded separators,
/// quotes and line breaks. Cells written neutralised against formulas are read back as they were.
/// </summary>
public static class CsvReader
{
    public static CsvTable Parse(string content)
    {
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        var separator = DetectSeparator(content);
        var rows = ReadRows(content, separator).Where(r => !IsBlank(r.Fields)).ToList();
        if (rows.Count == 0)
        {
            throw new CsvException(null, "the file is empty");
        }

        var header = rows[0].Fields.Select(h => h.Trim()).ToList();
        return new CsvTable(separator, header, rows.Skip(1).ToList());
    }

    /// <summary>Reads a UTF-8 file (with or without BOM); a file that is missing or not UTF-8 is a <see cref="CsvException"/> too.</summary>
    public static CsvTable ReadFile(string path)
    {
        string content;
        try
        {
            content = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            throw new CsvException($"unreadable ({e.Message})", e);
        }

        return Parse(content);
    }

    /// <summary>The separator that occurs most often outside quotes in the header line.</summary>
    private static char DetectSeparator(string content)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in content)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static bool IsBlank(IReadOnlyList<string> fields) => fields.Count == 1 && fields[0].Length == 0;

    private static IEnumerable<CsvRecord> ReadRows(string content, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(CsvFormulas.Restore(field.ToString()));
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(CsvFormulas.Restore(field.ToString()));
                field.Clear();
                yield return new CsvRecord(recordLine, fields);
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            throw new CsvException(recordLine, $"line {recordLine}: a quoted field is not closed");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(CsvFormulas.Restore(field.ToString()));
            yield return new CsvRecord(recordLine, fields);
        }
    }
}
