using System.Text;

namespace Buerogewitter.Core.Text;

/// <summary>
/// Writes RFC 4180 CSV with <c>,</c>, quoting only where a field needs it, and cells a spreadsheet
/// would run as a formula neutralised (<see cref="CsvFormulas"/>).
/// </summary>
public static class CsvWriter
{
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote));

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
