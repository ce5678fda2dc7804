using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Light suffix stripping on folded keys so that "Kunden"/"Kunde" and "customers"/"customer" meet.
/// Deliberately conservative: compounds are handled by substring matching, not by the stemmer.
/// </summary>
public static class Stemmer
{
    private static readonly string[] GermanSuffixes = ["ungen", "heiten", "keiten", "ern", "em", "en", "er", "es", "e", "n", "s"];
    private static readonly string[] EnglishSuffixes = ["ations", "ation", "ings", "ing", "ies", "es", "ed", "s"];

    public static string Stem(string key, string language)
    {
        ArgumentNullException.ThrowIfNull(key);
        var suffixes = language == Languages.English ? EnglishSuffixes : GermanSuffixes;
        foreach (var suffix in suffixes)
        {
            if (key.Length - suffix.Length >= 4 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = key[..^suffix.Length];
                return suffix switch
                {
                    "ungen" => stem + "ung",
                    "heiten" => stem + "heit",
                    "keiten" => stem + "keit",
                    "ies" => stem + "y",
                    _ => stem,
                };
            }
        }
        return key;
    }
}
