using System.Text.RegularExpressions;

namespace Buerogewitter.Core.Anonymity;

/// <summary>
/// Masks e-mail addresses, phone numbers and known person names in example answers before
/// anyone reads them. When in doubt it masks: a lost word costs less than a named colleague.
/// </summary>
public sealed partial class QuoteMasker
{
    public const string EmailPlaceholder = "[E-Mail]";
    public const string PhonePlaceholder = "[Tel.]";
    public const string NamePlaceholder = "[Name]";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex? names;

    /// <summary>
    /// <paramref name="knownNames"/> are display names from the roster; each is also masked by
    /// its parts ("Hans-Peter", "Hans", "Peter", "Müller"), as colleagues are mostly called by
    /// first or last name alone.
    /// </summary>
    public QuoteMasker(IEnumerable<string> knownNames)
    {
        ArgumentNullException.ThrowIfNull(knownNames);
        var words = knownNames
            .SelectMany(name => Parts(name, ' ').Concat(Parts(name, ' ', '-')).Append(name.Trim()))
            .Where(word => word.Length >= 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(word => word.Length) // "Anna Maria" before "Anna"
            .Select(Regex.Escape)
            .ToList();
        if (words.Count > 0)
        {
            // Whole words only, with an optional genitive s ("Annas Angebot").
            names = new Regex(
                $@"(?<!\w)(?:{string.Join('|', words)})s?(?!\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                MatchTimeout);
        }
    }

    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // E-mails first: their local part often holds a name that would otherwise be half masked.
        var masked = Email().Replace(text, EmailPlaceholder);
        masked = PhoneCandidate().Replace(masked, match => IsPhoneNumber(match.Value) ? PhonePlaceholder : match.Value);
        return names?.Replace(masked, NamePlaceholder) ?? masked;
    }

    private static string[] Parts(string name, params char[] separators) =>
        name.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Dates such as 01.03.2026 or 01/03/26 start with a zero too, but are not phone numbers.
    private static bool IsPhoneNumber(string candidate) =>
        candidate.Count(char.IsAsciiDigit) >= 7 && !Date().IsMatch(candidate);

    [GeneratedRegex(@"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();

    // German numbers start with 0 or (0, international ones with + or 00; groups are separated by
    // spaces, slashes, hyphens, dots or brackets: "(089) 123 45-67", "+49 (0)30 1234567".
    [GeneratedRegex(@"(?<![\w+])(?:\+|\(?0)[\d\s/().-]{5,}\d(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Date();
}
