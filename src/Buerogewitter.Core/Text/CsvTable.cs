namespace Buerogewitter.Core.Text;

/// <summary>One CSV record and the physical line it starts on (1-based, header included).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A parsed CSV file. <see cref="Records"/> keep the fields as written and the line each record starts on, for
/// messages that name it; <see cref="Rows"/> are the same records padded or cut to the header's width, for code
/// that reads columns by index.
/// </summary>
public sealed class CsvTable
{
    public CsvTable(char separator, IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        Separator = separator;
        Header = header;
        Records = records;
        Rows = [.. records.Select(r => (IReadOnlyList<string>)[.. header.Select((_, i) => i < r.Fields.Count ? r.Fields[i] : string.Empty)])];
    }

    public char Separator { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Index of a column by name (case-insensitive), or -1.</summary>
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }
}

/// <summary>
/// The input is not a readable CSV table: empty or unreadable (<see cref="Line"/> null), or a quoted field left
/// open on <see cref="Line"/>. The message is one line for the user.
/// </summary>
public sealed class CsvException : FormatException
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

    public CsvException(int? line, string message)
        : base(message)
    {
        Line = line;
    }

    public int? Line { get; }
}
