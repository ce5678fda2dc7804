using System.Text.RegularExpressions;

namespace Buerogewitter.Core.Text;

/// <summary>
/// CSV injection (OWASP): a spreadsheet runs a cell that begins with <c>= + - @</c>, a tab or a carriage
/// return as a formula (<c>=HYPERLINK(…)</c>, <c>+cmd|…</c>). Such cells are written with a leading
/// apostrophe, which spreadsheets read as "text follows"; numbers such as <c>-0.5</c> stay as they are.
/// <see cref="CsvReader"/> takes the apostrophe off again, so Buerogewitter reads its own files back
/// unchanged; a value that itself begins with an apostrophe gets a second one for the same reason.
/// </summary>
public static partial class CsvFormulas
{
    private const char Marker = '\'';

    public static string Neutralise(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Length > 0 && (field[0] == Marker || (IsFormulaStart(field[0]) && !Number().IsMatch(field))) ? Marker + field : field;
    }

    /// <summary>The value <see cref="Neutralise"/> was given.</summary>
    public static string Restore(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Length > 1 && field[0] == Marker && (field[1] == Marker || IsFormulaStart(field[1])) ? field[1..] : field;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();
}
