using Buerogewitter.Core.Text;

namespace Buerogewitter.Analytics.Batch;

/// <summary>Rows to write as CSV plus the lines to print; the CLI verbs only read files and write this.</summary>
public sealed record VerbOutput(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Summary);

/// <summary>Bad input for a verb (missing column, no rows); the message is the one-line reason, exit code 2.</summary>
public sealed class BatchInputException : Exception
{
    public BatchInputException()
    {
    }

    public BatchInputException(string message)
        : base(message)
    {
    }

    public BatchInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

internal static class BatchInput
{
    /// <summary>Ids (id column value or 1-based row number) and texts, in input order.</summary>
    public static (List<string> Ids, List<string> Texts) Answers(CsvTable input, string textColumn, string? idColumn)
    {
        var text = Column(input, textColumn, "input");
        var id = idColumn is null ? -1 : Column(input, idColumn, "input");
        if (input.Rows.Count == 0) throw new BatchInputException("the input has no answers");
        var ids = input.Rows.Select((r, i) => id < 0 ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : r[id]).ToList();
        return (ids, input.Rows.Select(r => r[text]).ToList());
    }

    public static int Column(CsvTable table, string name, string what)
    {
        var index = table.ColumnIndex(name);
        return index >= 0 ? index : throw new BatchInputException($"column '{name}' not found in {what} (columns: {string.Join(", ", table.Header)})");
    }
}
