namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Flags answers without concrete content: "keine Ahnung", "mehr Umsatz", "fragen Sie den Chef",
/// slogans, empty or near-empty text. An answer is diffuse when it matches a known evasion or when
/// nothing is left after removing stop words and generic words that every strategy would claim.
/// </summary>
public static class DiffuseDetector
{
    // Folded phrases that mean "I don't know" whatever else the answer says.
    private static readonly string[] Evasions =
    [
        "keine ahnung", "k a", "weiss nicht", "weiss ich nicht", "weiss keiner", "keiner weiss", "nicht bekannt",
        "wurde nie kommuniziert", "keine strategie", "gibt keine", "fragen sie den chef", "frag den chef",
        "fragen sie die chefs", "frag die geschaeftsfuehrung", "fragen sie die geschaeftsfuehrung", "keinen plan",
        "no idea", "dont know", "don t know", "do not know", "not sure", "ask the boss", "ask my boss",
        "ask management", "no clue", "nobody knows", "never been told", "never told us",
    ];

    // Words every strategy claims; on their own they name no priority.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "mehr", "umsatz", "umsaetze", "umsatzsteigerung", "gewinn", "gewinne", "wachstum", "wachsen", "steigern",
        "besser", "beste", "besten", "erfolg", "erfolgreich", "ziel", "ziele", "strategie", "vertriebsstrategie",
        "vertrieb", "verkaufen", "verkauf", "geld", "zahlen", "chef", "chefs", "ahnung", "wissen", "weiss", "nix",
        "nichts", "keine", "kein", "gut", "gute", "toll", "nummer", "eins", "markt", "marktfuehrer", "vorne", "vorn",
        "zukunft", "gemeinsam", "vorwaerts", "erfolgreicher", "machen", "sales", "revenue", "growth", "grow",
        "profit", "profits", "success", "successful", "best", "better", "strategy", "idea", "know", "boss", "money",
        "numbers", "sell", "selling", "number", "one", "win", "winning", "future", "together", "good", "great", "no",
        "not", "nothing", "increase", "bigger", "groesser", "top", "voll", "los", "immer", "weiter", "einfach",
        "ok", "okay", "jo", "hm", "hmm", "xx", "x", "ka", "keinen", "plan", "unklar", "unclear", "dunno", "egal",
        "werbung", "slogan", "weniger", "aufwand", "kunde", "kunden", "koenig", "gluecklich", "zufrieden", "customer",
        "customers", "happy", "hauptsache", "geben", "gas", "vollgas", "push", "pushen", "alles", "everything",
    };

    internal static bool IsGenericWord(string key) => Generic.Contains(key);

    /// <summary>True when the answer has no concrete content.</summary>
    public static bool IsDiffuse(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0) return true;
        var content = tokens.Count(t => t.Key.Length > 1 && !StopWords.IsStopWord(t.Key, language)
            && !StopWords.IsGerman(t.Key) && !StopWords.IsEnglish(t.Key) && !Generic.Contains(t.Key));
        if (content == 0) return true;
        // "Weiß nicht genau, aber Neukunden und Marge" still names something: an evasion only
        // counts when little else is said.
        if (content > 2) return false;
        var folded = " " + string.Join(' ', tokens.Select(t => t.Key)) + " ";
        return Evasions.Any(e => folded.Contains(" " + e + " ", StringComparison.Ordinal));
    }
}
