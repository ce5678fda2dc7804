using System.Net.Mail;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Core.Participants;

/// <summary>One valid row of a roster file.</summary>
public sealed record RosterEntry(int Line, string Email, string Name, Side Side, string? Tandem, string Language);

/// <summary>Either every row of the file, or every problem found in it — never a partial import.</summary>
public sealed record RosterParseResult(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<RosterProblem> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The problems in English, as the command line and the API print them.</summary>
    public IReadOnlyList<string> Problems => [.. Errors.Select(e => e.Message)];
}

/// <summary>Why a roster file or one of its rows is refused; the pages word it in the reader's language.</summary>
public enum RosterProblemKind
{
    EmptyFile,
    UnclosedQuote,
    UnknownColumn,
    MissingColumn,
    DuplicateColumn,
    NoParticipants,
    FieldCount,
    TooLong,
    ControlCharacter,
    Empty,
    InvalidEmail,
    DuplicateEmail,
    UnknownSide,
    UnknownLanguage,
}

/// <summary>
/// One problem: its line (null for the whole file), the column it is in, the value as typed (only when it is
/// safe to echo: not for over-long values or control characters) and up to two numbers whose meaning depends
/// on <see cref="Kind"/> (see <see cref="Message"/>).
/// </summary>
public sealed record RosterProblem(RosterProblemKind Kind, int? Line = null, string Column = "", string Value = "", int Number = 0, int OtherNumber = 0)
{
    public string Message => Kind switch
    {
        RosterProblemKind.EmptyFile => "the file is empty",
        RosterProblemKind.UnclosedQuote => $"line {Line}: a quoted field is not closed",
        RosterProblemKind.UnknownColumn => $"line 1: unknown column '{Column}' (expected {string.Join(", ", RosterFile.Columns)})",
        RosterProblemKind.MissingColumn => $"line 1: column '{Column}' is missing",
        RosterProblemKind.DuplicateColumn => $"line 1: column '{Column}' appears {Number} times",
        RosterProblemKind.NoParticipants => "the file has a header but no participants",
        RosterProblemKind.FieldCount => $"line {Line}: has {Number} fields, the header has {OtherNumber}",
        RosterProblemKind.TooLong => $"line {Line}: {Column} is longer than {Number} characters ({OtherNumber})",
        RosterProblemKind.ControlCharacter => $"line {Line}: {Column} contains the control character U+{Number:X4}",
        RosterProblemKind.Empty => $"line {Line}: {Column} is empty",
        RosterProblemKind.InvalidEmail => $"line {Line}: email '{Value}' is not a valid e-mail address",
        RosterProblemKind.DuplicateEmail => $"line {Line}: email '{Value}' already appears on line {Number}",
        RosterProblemKind.UnknownSide => $"line {Line}: side '{Value}' is not one of inside, field, lead",
        _ => $"line {Line}: language '{Value}' is not one of de, en",
    };
}

/// <summary>
/// Reads the roster export of an HR or CRM system: <c>email,name,side,tandem,language</c>.
/// Every problem is reported with its line, field and reason so the file can be fixed in one pass.
/// </summary>
public static class RosterFile
{
    public static readonly IReadOnlyList<string> Columns = ["email", "name", "side", "tandem", "language"];

    private static readonly string[] RequiredColumns = ["email", "name", "side", "language"];

    // A German HR export names the sides in German, Außendienst also spelt without ß, the lead also just "Leitung".
    private static readonly Dictionary<string, Side> GermanSides = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Innendienst"] = Side.Inside,
        ["Außendienst"] = Side.Field,
        ["Aussendienst"] = Side.Field,
        ["Vertriebsleitung"] = Side.Lead,
        ["Leitung"] = Side.Lead,
    };

    public static RosterParseResult Parse(string content)
    {
        CsvTable table;
        try
        {
            table = CsvReader.Parse(content);
        }
        catch (CsvException ex)
        {
            return Fail(ex.Line is { } line ? new RosterProblem(RosterProblemKind.UnclosedQuote, line) : new RosterProblem(RosterProblemKind.EmptyFile));
        }

        var problems = new List<RosterProblem>();
        var header = table.Header.Select(h => h.ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            problems.Add(new RosterProblem(RosterProblemKind.UnknownColumn, 1, unknown));
        }

        foreach (var missing in RequiredColumns.Where(c => !header.Contains(c)))
        {
            problems.Add(new RosterProblem(RosterProblemKind.MissingColumn, 1, missing));
        }

        foreach (var duplicate in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add(new RosterProblem(RosterProblemKind.DuplicateColumn, 1, duplicate.Key, Number: duplicate.Count()));
        }

        if (problems.Count > 0)
        {
            return new RosterParseResult([], problems);
        }

        if (table.Records.Count == 0)
        {
            return Fail(new RosterProblem(RosterProblemKind.NoParticipants));
        }

        var entries = new List<RosterEntry>();
        var firstLineOfEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.Records)
        {
            if (record.Fields.Count != header.Count)
            {
                problems.Add(new RosterProblem(RosterProblemKind.FieldCount, record.Line, Number: record.Fields.Count, OtherNumber: header.Count));
                continue;
            }

            string Field(string column) => record.Fields[header.IndexOf(column)].Trim();
            var before = problems.Count;
            var unfit = header.Select(column => Unfit(record.Line, column, Field(column))).OfType<RosterProblem>().ToList();
            if (unfit.Count > 0)
            {
                // Values too long or with control characters are not echoed in the problems, nor checked further.
                problems.AddRange(unfit);
                continue;
            }

            var email = Field("email");
            if (email.Length == 0)
            {
                problems.Add(new RosterProblem(RosterProblemKind.Empty, record.Line, "email"));
            }
            else if (!IsValidEmail(email))
            {
                problems.Add(new RosterProblem(RosterProblemKind.InvalidEmail, record.Line, "email", email));
            }
            else if (firstLineOfEmail.TryGetValue(email, out var first))
            {
                problems.Add(new RosterProblem(RosterProblemKind.DuplicateEmail, record.Line, "email", email, first));
            }
            else
            {
                firstLineOfEmail[email] = record.Line;
            }

            var name = Field("name");
            if (name.Length == 0)
            {
                problems.Add(new RosterProblem(RosterProblemKind.Empty, record.Line, "name"));
            }

            var sideCode = Field("side");
            if (!Sides.TryParse(sideCode.ToLowerInvariant(), out var side) && !GermanSides.TryGetValue(sideCode, out side))
            {
                problems.Add(new RosterProblem(RosterProblemKind.UnknownSide, record.Line, "side", sideCode));
            }

            var language = Field("language").ToLowerInvariant();
            if (!Languages.IsSupported(language))
            {
                problems.Add(new RosterProblem(RosterProblemKind.UnknownLanguage, record.Line, "language", Field("language")));
            }

            var tandem = header.Contains("tandem") ? Field("tandem") : "";
            if (problems.Count == before)
            {
                entries.Add(new RosterEntry(record.Line, email.ToLowerInvariant(), name, side,
                    tandem.Length == 0 ? null : tandem, language));
            }
        }

        return problems.Count > 0 ? new RosterParseResult([], problems) : new RosterParseResult(entries, []);
    }

    private static RosterParseResult Fail(RosterProblem problem) => new([], [problem]);

    private static RosterProblem? Unfit(int line, string column, string value) => TextRules.Find(value, MaxLength(column)) switch
    {
        null => null,
        { ControlCharacter: { } c } => new RosterProblem(RosterProblemKind.ControlCharacter, line, column, Number: c),
        var fault => new RosterProblem(RosterProblemKind.TooLong, line, column, Number: fault.MaxLength, OtherNumber: fault.Length),
    };

    private static int MaxLength(string column) => column switch
    {
        "email" => TextRules.EmailLength,
        "name" => TextRules.NameLength,
        _ => TextRules.ShortTextLength,
    };

    private static bool IsValidEmail(string email) =>
        MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !email.Contains(' ', StringComparison.Ordinal);
}
