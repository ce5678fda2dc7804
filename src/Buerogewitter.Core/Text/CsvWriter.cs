using System.Text;

namespace Buerogewitter.Core.Text;

/// <summary>Writes RFC 4180 CSV with <c>,</c>, quoting only where a field needs it.</summary>
public static class CsvWriter
{
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote));

    public static string Quote(string? field)
    {
        field ??= "";
        if (field.AsSpan().IndexOfAny(",;\"\r\n") < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 2).Append('"');
        builder.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
