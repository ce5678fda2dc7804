namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Words that name no particular priority in any company: outcomes every strategy claims (Umsatz, growth,
/// Kundenzufriedenheit), buzzwords without an object (Digitalisierung, nachhaltig), and everyday words of
/// time, amount and doing (Jahr, jede, machen). They follow the coding rules of Sull, Sull &amp; Yoder (2018)
/// as written for the strategy-answers evaluation set, not any company's vocabulary; a company's own
/// vocabulary comes from its priority texts and its glossary. Folded spelling, German and English.
/// </summary>
public static class GenericWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Outcomes and values every strategy claims.
        "umsatz", "umsaetze", "umsatzsteigerung", "wachstum", "wachsen", "gewinn", "gewinne", "ertrag", "ertraege", "profit",
        "profitabel", "profitabilitaet", "marktanteil", "marktanteile", "marktfuehrer", "marktfuehrerschaft", "volumen",
        "kunde", "kunden", "kundin", "kundenzufriedenheit", "zufriedenheit", "kundennaehe", "kundenorientierung",
        "kundenfokus", "effizienz", "effizient", "effizienter", "qualitaet", "erfolg", "erfolgreich", "ziel", "ziele",
        "zahlen", "ergebnis", "ergebnisse", "leistung", "wettbewerb", "wettbewerber", "konkurrenz", "markt", "maerkte",
        "geschaeft", "unternehmen", "firma", "strategie", "vertriebsstrategie", "vertrieb", "verkauf", "verkaufen",
        "vision", "mission", "werte", "zukunft", "zukunftsfaehig", "zukunftsfaehigkeit", "innovation", "innovativ",
        "digitalisierung", "digital", "nachhaltigkeit", "nachhaltig", "gruen", "flexibel", "flexibilitaet", "agil",
        "ganzheitlich", "loesung", "loesungen", "loesungsorientiert", "mehrwert", "exzellenz", "fokus", "fokussieren",
        "schwerpunkt", "prioritaet", "prioritaeten", "plan", "nummer", "eins", "spitze", "vorne", "massnahme", "massnahmen", "thema", "themen", "sache", "sachen",
        "revenue", "revenues", "sales", "growth", "grow", "profit", "profits", "profitability", "profitable", "market",
        "share", "customer", "customers", "client", "clients", "satisfaction", "efficiency", "efficient", "quality",
        "success", "successful", "goal", "goals", "target", "targets", "numbers", "result", "results", "performance",
        "competition", "competitor", "competitors", "business", "company", "strategy", "vision", "mission", "values",
        "future", "innovation", "innovative", "digitalisation", "digitalization", "digital", "sustainability",
        "sustainable", "green", "flexible", "flexibility", "holistic", "solution", "solutions", "excellence", "focus",
        "priority", "priorities", "plan", "number", "top", "thing", "things", "topic", "topics", "volume", "leader", "leadership",
        // Time, amount and degree.
        "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen",
        "quartal", "heute", "morgen", "bisher", "derzeit", "aktuell", "aktuelle", "aktuellen", "neu", "neue", "neuen",
        "neuer", "neues", "jede", "jeder", "jedem", "jeden", "jedes", "viele", "vielen", "wenig", "weniger", "mindestens",
        "hoechstens", "prozent", "gross", "grosse", "grossen", "grosser", "klein", "kleine", "kleinen", "gut", "gute",
        "guten", "besser", "bessere", "besseren", "beste", "besten", "schlecht", "richtig", "wichtig", "wichtige",
        "wichtigste", "ganz", "ganze", "stark", "staerker", "bisschen", "ziemlich", "wirklich", "endlich", "letzte",
        "letzten", "letztes", "naechste", "naechsten", "erste", "ersten", "zweite", "drei", "zwei", "vier", "fuenf",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "today", "now", "new", "every",
        "each", "many", "much", "less", "least", "percent", "big", "bigger", "biggest", "large", "small", "good",
        "better", "best", "bad", "right", "important", "whole", "strong", "stronger", "last", "next", "first", "two",
        "three", "four", "five", "lot", "lots", "always", "still", "again", "even", "only", "same", "other", "others",
        // Doing, wanting and talking, without an object.
        "machen", "gemacht", "bringen", "holen", "geben", "nehmen", "kommen", "kriegen", "bekommen", "sagen", "gesagt",
        "sehen", "stehen", "steht", "laufen", "laeuft", "setzen", "arbeiten", "schaffen", "tun", "brauchen", "braucht",
        "versuchen", "erreichen", "steigern", "erhoehen", "verbessern", "staerken", "ausbauen", "ausbau", "foerdern",
        "sichern", "halten", "reduzieren", "senken", "optimieren", "entwickeln", "weiterentwickeln", "umsetzen",
        "make", "made", "bring", "take", "give", "come", "get", "getting", "say", "said", "see", "go", "going", "work",
        "working", "need", "needs", "try", "reach", "achieve", "increase", "improve", "improving", "strengthen",
        "expand", "boost", "push", "keep", "reduce", "optimise", "optimize", "develop", "deliver", "drive", "want",
        "wants", "supposed", "told", "tell", "know", "think",
        // Negation and vagueness.
        "nicht", "kein", "keine", "keinen", "keiner", "nichts", "nie", "niemand", "irgendwas", "irgendwie", "alles",
        "not", "no", "none", "nothing", "never", "nobody", "anything", "something", "everything",
    };

    // Inflected forms are caught through their stem in either language.
    private static readonly HashSet<string> Stems = Words.SelectMany(w => new[] { w, Stemmer.Stem(w, "de"), Stemmer.Stem(w, "en") }).ToHashSet(StringComparer.Ordinal);

    public static bool Contains(string key) =>
        Stems.Contains(key) || Stems.Contains(Stemmer.Stem(key, "de")) || Stems.Contains(Stemmer.Stem(key, "en"));
}
