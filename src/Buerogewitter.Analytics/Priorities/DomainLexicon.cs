using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// A small bilingual sales thesaurus: German and English words, abbreviations and phrases that mean
/// the same thing map to one concept ("#angebot"). This is what lets "quotes within a day" name the
/// priority "Angebote innerhalb von 24 Stunden" and "AD" name "Außendienst".
/// Keys are folded (lower case, ä→ae, ß→ss); multi-word keys are matched before single words.
/// </summary>
internal static class DomainLexicon
{
    private static readonly (string Concept, string[] Forms)[] Groups =
    [
        ("#aussendienst", ["ad", "aussendienst", "aussendienstler", "aussendienstmitarbeiter", "field sales", "field team", "field force", "field reps", "field rep", "reps", "vertreter", "gebietsverkaeufer", "gebietsleiter"]),
        ("#innendienst", ["id", "innendienst", "innendienstler", "inside sales", "back office", "backoffice", "sales support", "vertriebsinnendienst", "vid"]),
        ("#keyaccount", ["kam", "key account", "key accounts", "key account management", "key account manager", "keyaccount", "keyaccounts", "grosskunden", "grosskunde", "schluesselkunden", "strategic accounts", "top kunden", "topkunden", "a kunden"]),
        ("#neukunde", ["nk", "neukunde", "neukunden", "neue kunden", "neuen kunden", "new customers", "new customer", "new accounts", "new clients", "new business", "neugeschaeft", "akquise", "neuakquise", "kaltakquise", "acquisition", "acquire", "akquirieren", "akquiriert", "hunting", "neukundengewinnung", "neukundenakquise"]),
        ("#bestandskunde", ["bestandskunde", "bestandskunden", "stammkunde", "stammkunden", "existing customers", "existing clients", "existing accounts", "current customers", "bestehende kunden", "bestehenden kunden", "bestandskundenpflege", "cross selling", "crossselling", "upselling", "up selling", "cross sell", "upsell"]),
        ("#angebot", ["angebot", "angebote", "offerte", "offerten", "quote", "quotes", "quotation", "quotations", "offer", "offers", "proposal", "proposals", "kostenvoranschlag", "angebotserstellung"]),
        ("#schnell", ["schnell", "schneller", "schnelle", "schnellere", "zuegig", "zuegiger", "fix", "flott", "rasch", "quick", "quickly", "quicker", "fast", "faster", "speed", "tempo", "reaktionszeit", "reaktionszeiten", "antwortzeit", "response time", "turnaround", "durchlaufzeit", "innerhalb", "within", "same day", "am selben tag", "24h", "24 stunden", "24 hours", "48h", "sofort"]),
        ("#marge", ["marge", "margen", "margin", "margins", "deckungsbeitrag", "db", "rohertrag", "profitabilitaet", "profitability", "rabatt", "rabatte", "discount", "discounts", "nachlass", "nachlaesse", "preisdisziplin", "pricing", "preise", "preis", "price", "prices", "preiserhoehung"]),
        ("#digital", ["digital", "digitalisierung", "webshop", "onlineshop", "online shop", "e commerce", "ecommerce", "portal", "kundenportal", "online", "web shop", "shop", "app", "edi"]),
        ("#crm", ["crm", "salesforce", "besuchsbericht", "besuchsberichte", "besuchsberichten", "pipeline", "pflegen", "dokumentieren", "dokumentation", "visit reports", "visit report", "call reports", "data quality", "datenqualitaet", "kundendaten"]),
        ("#zusammenarbeit", ["zusammenarbeit", "zusammenarbeiten", "zusammen arbeiten", "miteinander", "abstimmung", "abstimmen", "tandem", "tandems", "teamwork", "collaboration", "work together", "working together", "schulterschluss", "an einem strang", "hand in hand", "gemeinsame termine", "joint"]),
        ("#service", ["service", "kundenservice", "customer service", "kundenzufriedenheit", "customer satisfaction", "nps", "reklamation", "reklamationen", "complaints", "beschwerden", "support"]),
        ("#region", ["region", "regionen", "regional", "sueddeutschland", "sueden", "dach", "oesterreich", "schweiz", "austria", "switzerland", "export", "international", "ausland", "abroad"]),
        ("#mittelstand", ["mittelstand", "mittelstaendische", "mittelstaendler", "kmu", "sme", "smes", "mid sized", "midsize", "mid market", "mittlere unternehmen"]),
        ("#besuch", ["besuch", "besuche", "besuchen", "kundenbesuch", "kundenbesuche", "visit", "visits", "termine vor ort", "vor ort", "on site", "face to face"]),
        ("#sortiment", ["sortiment", "produktportfolio", "portfolio", "produktpalette", "range", "product range", "eigenmarke", "eigenmarken", "private label"]),
        ("#nachhaltig", ["nachhaltigkeit", "nachhaltig", "nachhaltige", "co2", "klimaneutral", "sustainability", "sustainable", "green", "oeko", "recycling"]),
        ("#wartung", ["wartung", "wartungsvertrag", "wartungsvertraege", "serviceverträge", "servicevertraege", "service contract", "service contracts", "maintenance", "after sales", "aftersales", "ersatzteile", "spare parts"]),
    ];

    private static readonly Dictionary<string, string> Single = new(StringComparer.Ordinal);
    private static readonly List<(string[] Words, string Concept)> Phrases = [];

    static DomainLexicon()
    {
        foreach (var (concept, forms) in Groups)
        {
            foreach (var form in forms)
            {
                var words = TextNormalizer.Tokenize(form).Select(t => t.Key).ToArray();
                if (words.Length == 1) Single[words[0]] = concept;
                else Phrases.Add((words, concept));
            }
        }
        Phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>
    /// Concepts whose single-word forms (five letters or more) begin or end a longer word: German
    /// compounds put their parts at the edges, and matching anywhere inside finds false parts.
    /// </summary>
    public static IEnumerable<string> ConceptsInside(string key) =>
        Single.Where(kv => kv.Key.Length >= 5 && kv.Key.Length <= key.Length - 3
                && (key.StartsWith(kv.Key, StringComparison.Ordinal) || key.EndsWith(kv.Key, StringComparison.Ordinal)))
            .Select(kv => kv.Value)
            .Distinct();

    /// <summary>Replaces known phrases and words by their concept; other keys pass through.</summary>
    public static List<string> Canonicalize(IReadOnlyList<string> keys)
    {
        var result = new List<string>(keys.Count);
        var i = 0;
        while (i < keys.Count)
        {
            var matched = false;
            foreach (var (words, concept) in Phrases)
            {
                if (i + words.Length > keys.Count) continue;
                var all = true;
                for (var w = 0; w < words.Length && all; w++) all = keys[i + w] == words[w];
                if (!all) continue;
                result.Add(concept);
                i += words.Length;
                matched = true;
                break;
            }
            if (matched) continue;
            result.Add(Single.TryGetValue(keys[i], out var c) ? c : keys[i]);
            i++;
        }
        return result;
    }
}
