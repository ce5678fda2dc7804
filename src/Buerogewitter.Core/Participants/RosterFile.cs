using System.Net.Mail;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Core.Participants;

/// <summary>One valid row of a roster file.</summary>
public sealed record RosterEntry(int Line, string Email, string Name, Side Side, string? Tandem, string Language);

/// <summary>Either every row of the file, or every problem found in it — never a partial import.</summary>
public sealed record RosterParseResult(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads the roster export of an HR or CRM system: <c>email,name,side,tandem,language</c>.
/// Every problem is reported with its line, field and reason so the file can be fixed in one pass.
/// </summary>
public static class RosterFile
{
    public static readonly IReadOnlyList<string> Columns = ["email", "name", "side", "tandem", "language"];

    private static readonly string[] RequiredColumns = ["email", "name", "side", "language"];

    // A German HR export names the sides in German, Außendienst also spelt without ß.
    private static readonly Dictionary<string, Side> GermanSides = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Innendienst"] = Side.Inside,
        ["Außendienst"] = Side.Field,
        ["Aussendienst"] = Side.Field,
        ["Vertriebsleitung"] = Side.Lead,
    };

    public static RosterParseResult Parse(string content)
    {
        CsvTable table;
        try
        {
            table = CsvReader.Parse(content);
        }
        catch (FormatException ex)
        {
            return Fail(ex.Message);
        }

        var problems = new List<string>();
        var header = table.Header.Select(h => h.ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            problems.Add($"line 1: unknown column '{unknown}' (expected {string.Join(", ", Columns)})");
        }

        foreach (var missing in RequiredColumns.Where(c => !header.Contains(c)))
        {
            problems.Add($"line 1: column '{missing}' is missing");
        }

        foreach (var duplicate in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add($"line 1: column '{duplicate.Key}' appears {duplicate.Count()} times");
        }

        if (problems.Count > 0)
        {
            return new RosterParseResult([], problems);
        }

        if (table.Records.Count == 0)
        {
            return Fail("the file has a header but no participants");
        }

        var entries = new List<RosterEntry>();
        var firstLineOfEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.Records)
        {
            if (record.Fields.Count != header.Count)
            {
                problems.Add($"line {record.Line}: has {record.Fields.Count} fields, the header has {header.Count}");
                continue;
            }

            string Field(string column) => record.Fields[header.IndexOf(column)].Trim();
            var before = problems.Count;
            var unfit = header.Select(column => TextRules.Check(column, Field(column), MaxLength(column))).OfType<string>().ToList();
            if (unfit.Count > 0)
            {
                // Values too long or with control characters are not echoed in the problems, nor checked further.
                problems.AddRange(unfit.Select(problem => $"line {record.Line}: {problem}"));
                continue;
            }

            var email = Field("email");
            if (email.Length == 0)
            {
                problems.Add($"line {record.Line}: email is empty");
            }
            else if (!IsValidEmail(email))
            {
                problems.Add($"line {record.Line}: email '{email}' is not a valid e-mail address");
            }
            else if (firstLineOfEmail.TryGetValue(email, out var first))
            {
                problems.Add($"line {record.Line}: email '{email}' already appears on line {first}");
            }
            else
            {
                firstLineOfEmail[email] = record.Line;
            }

            var name = Field("name");
            if (name.Length == 0)
            {
                problems.Add($"line {record.Line}: name is empty");
            }

            var sideCode = Field("side");
            if (!Sides.TryParse(sideCode.ToLowerInvariant(), out var side) && !GermanSides.TryGetValue(sideCode, out side))
            {
                problems.Add($"line {record.Line}: side '{sideCode}' is not one of inside, field, lead");
            }

            var language = Field("language").ToLowerInvariant();
            if (!Languages.IsSupported(language))
            {
                problems.Add($"line {record.Line}: language '{Field("language")}' is not one of de, en");
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

    private static RosterParseResult Fail(string problem) => new([], [problem]);

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
