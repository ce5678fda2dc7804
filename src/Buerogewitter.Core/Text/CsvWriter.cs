using System.Text;

namespace Buerogewitter.Core.Text;

/// <summary>
/// Writes RFC 4180 CSV with <c>,</c>, quoting only where a field needs it, and cells a spreadsheet
/// would run as a formula neutralised (<see cref="CsvFormulas"/>).
/// </summary>
public static class CsvWriter
{
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote));

    /// <summary>A header and its rows, each line ended by CRLF as RFC 4180 asks.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(Line(header) + "\r\n");
        foreach (var row in rows) writer.Write(Line(row) + "\r\n");
    }

    /// <summary>As <see cref="Write(TextWriter, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}})"/>, to a UTF-8 file without BOM.</summary>
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(writer, header, rows);
    }

    public static string Quote(string? field)
    {
        field = CsvFormulas.Neutralise(field ?? "");
        if (field.AsSpan().IndexOfAny(",;\"\r\n") < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 2).Append('"');
        builder.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
