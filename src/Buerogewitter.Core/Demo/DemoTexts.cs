using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Core.Demo;

internal static class DemoTexts
{
    public const string Slug = "demo";
    public const string CompanyName = "Kesselbach Antriebstechnik GmbH";
    public const string MailDomain = "kesselbach-demo.example";
    public const string TimeZone = "Europe/Berlin";

    public static readonly IReadOnlyList<string> Tandems =
    [
        "Nord 1", "Nord 2", "Nord 3", "Nord 4", "Süd 1", "Süd 2", "Süd 3", "Süd 4",
        "West 1", "West 2", "West 3", "West 4", "Ost 1", "Ost 2", "Ost 3", "Ost 4",
    ];

    public static readonly IReadOnlyList<string> GermanSpeakers =
    [
        "Anna Schröder", "Jens Hoffmann", "Katrin Weber", "Markus Becker", "Stefanie Wagner", "Tobias Schulz",
        "Nicole Fischer", "Andreas Krüger", "Sandra Lehmann", "Michael Braun", "Julia Zimmermann", "Daniel Hartmann",
        "Melanie Koch", "Florian Richter", "Claudia Neumann", "Sebastian Wolf", "Tanja Schwarz", "Christian Vogel",
        "Birgit Haas", "Patrick Lorenz", "Sabine Köhler", "Uwe Sommer", "Heike Brandt", "Marcel Engel",
        "Ayşe Demir", "Mehmet Yilmaz", "Agnieszka Nowak", "Dariusz Kowalczyk", "Elena Papadopoulou", "Luca Romano",
        "Ivana Petrović", "Nadine Groß", "Jürgen Maier", "Lena Ahrens", "Kevin Schäfer",
    ];

    public static readonly IReadOnlyList<string> EnglishSpeakers =
    [
        "Liam O'Connor", "Priya Nair", "Sarah Mitchell", "James Whitfield", "Mateo García", "Sofia Lindqvist",
        "Lars Jensen", "Eva van Dijk", "Karim Haddad", "Chloé Martin", "Tomás Silva", "Hannah Brooks",
        "Ravi Menon", "Aoife Byrne",
    ];

    // v1 priorities 1-3 disappear in v2; v1's "Neukunden gewinnen" lives on, narrowed, as v2's first priority.
    public static readonly IReadOnlyList<DemoPriority> StrategyV1 =
    [
        new("Ersatzteil- und Servicegeschäft ausbauen",
            Lines("Ersatzteile", "Ersatzteilgeschäft", "Servicegeschäft", "Aftermarket", "spare parts"), "Grow the spare parts and service business"),
        new("Mehr Umsatz über den Fachgroßhandel",
            Lines("Großhandel", "Fachgroßhandel", "Händler", "Distributoren", "distributors", "wholesale"), "More sales through specialist wholesalers"),
        new("Standardprogramm ab Lager forcieren",
            Lines("Standardprogramm", "ab Lager", "Lagerware", "Katalog", "catalogue", "stock items"), "Push the standard range from stock"),
        new("Neukunden gewinnen", Lines("Neukunden", "NK", "new customers"), "Win new customers"),
    ];

    public static readonly IReadOnlyList<DemoPriority> StrategyV2 =
    [
        new("Neukunden in der Lebensmittel- und Verpackungsindustrie gewinnen",
            Lines("Neukunden", "NK", "Lebensmittel", "Verpackung", "Food", "new customers", "new accounts"), "Win new customers in the food and packaging industry"),
        new("Die Top-30-Key-Accounts im Tandem aus Außen- und Innendienst entwickeln",
            Lines("Key Account", "Key-Account", "KAM", "Top 30", "Top-30", "Top-Kunden", "Bestandskunden", "top 30"), "Develop the top 30 key accounts in field and inside sales tandems"),
        new("Jedes Standardangebot innerhalb von 48 Stunden beim Kunden",
            Lines("48 Stunden", "48h", "48 h", "48 Std", "Angebotsgeschwindigkeit", "Reaktionszeit", "schnellere Angebote",
                "48 hours", "faster quotes"), "Every standard quote with the customer within 48 hours"),
        new("Marge vor Menge: Rabatte nur nach der Rabattmatrix",
            Lines("Marge", "Rabattmatrix", "Rabattregeln", "Preisdisziplin", "Deckungsbeitrag", "DB", "margin", "discount rules"), "Margin before volume: discounts only by the discount matrix"),
    ];

    public const string Moderator = "Dr. Katrin Albers (extern)";

    public const string WorkshopGoal =
        "Ein gemeinsames Bild davon, was die Zusammenarbeit zwischen Innen- und Außendienst erschwert, " +
        "und drei Maßnahmen, die beide Seiten in den nächsten drei Monaten umsetzen.";

    public const string JointProblem =
        "Standardangebote dauern fünf bis acht Arbeitstage, weil Anfragen unvollständig übergeben werden, " +
        "Sonderkonditionen einzeln ausgehandelt und freigegeben werden und Außen- und Innendienst die aktuellen " +
        "Vertriebsprioritäten unterschiedlich kennen. Beide Seiten erleben das als Druck, der von der jeweils anderen Seite kommt.";

    public static readonly IReadOnlyList<DemoCard> Cards =
    [
        new(Side.Inside, CardKinds.Problem,
            "Anfragen kommen oft ohne Stückzahl, Werkstoff oder Wunschtermin; wir fragen im Schnitt zweimal nach, bevor wir kalkulieren können."),
        new(Side.Inside, CardKinds.Problem,
            "Sonderpreise werden dem Kunden zugesagt, bevor sie freigegeben sind; die Freigabe holen wir nachträglich ein."),
        new(Side.Inside, CardKinds.Problem, "Etwa ein Drittel der Aufträge ist als dringend markiert."),
        new(Side.Inside, CardKinds.Matters, "Vollständige Angaben beim ersten Mal."),
        new(Side.Inside, CardKinds.Matters, "Zusagen an Kunden, die wir auch liefern können."),
        new(Side.Inside, CardKinds.Solution, "Eine Checkliste mit Pflichtangaben für Angebotsanfragen im CRM."),
        new(Side.Inside, CardKinds.Solution, "Ein fester wöchentlicher Termin im Tandem statt Zurufen über den Tag."),
        new(Side.Inside, CardKinds.Expectation, "Der Außendienst nutzt die Checkliste auch bei Eilanfragen."),
        new(Side.Inside, CardKinds.Expectation, "Rabatte außerhalb der Matrix laufen über die Vertriebsleitung."),
        new(Side.Field, CardKinds.Problem,
            "Ein Standardangebot braucht fünf bis acht Arbeitstage; Wettbewerber antworten in zwei."),
        new(Side.Field, CardKinds.Problem,
            "Nach 16 Uhr ist im Innendienst niemand erreichbar; Kunden rufen oft am späten Nachmittag zurück."),
        new(Side.Field, CardKinds.Problem,
            "Dass an einer Anfrage etwas fehlt, erfahren wir oft erst, wenn der Kunde nach dem Angebot fragt."),
        new(Side.Field, CardKinds.Matters, "Schnelle Reaktion, wenn beim Kunden ein Projekt entschieden wird."),
        new(Side.Field, CardKinds.Matters, "Spielraum beim Preis innerhalb klarer Grenzen."),
        new(Side.Field, CardKinds.Solution,
            "Vollständige Anfragen werden innerhalb von 48 Stunden angeboten; Eilanfragen werden markiert und begrenzt."),
        new(Side.Field, CardKinds.Solution, "Eine Rabattregel, die der Außendienst beim Kunden selbst anwenden darf."),
        new(Side.Field, CardKinds.Expectation,
            "Der Innendienst meldet sich, sobald eine Anfrage unvollständig ist, nicht erst zum Fälligkeitstermin."),
        new(Side.Field, CardKinds.Expectation, "Freigaben über die Matrix hinaus kommen innerhalb eines Arbeitstages."),
    ];

    // The three measures, with days from the workshop to the due date and the status as of the demo's today.
    public static readonly IReadOnlyList<(string Title, string TitleEn, int DueAfterDays, string Status)> Measures =
    [
        ("Angebots-Checkliste im CRM: Pflichtangaben vom Außendienst, Standardangebot vom Innendienst innerhalb von 48 Stunden",
            "Quote checklist in the CRM: required details from field sales, standard quote from inside sales within 48 hours",
            21, MeasureStatuses.Done),
        ("Montagsrunde: 15 Minuten pro Tandem zu offenen Anfragen und anstehenden Projekten",
            "Monday round: 15 minutes per tandem on open requests and upcoming projects",
            14, MeasureStatuses.InProgress),
        ("Rabattmatrix: bis 8 % entscheidet der Außendienst selbst, darüber gibt die Vertriebsleitung binnen eines Arbeitstages frei",
            "Discount matrix: field sales decide up to 8 % themselves, above that sales management approves within one working day",
            42, MeasureStatuses.InProgress),
    ];

    private static string Lines(params string[] phrases) => string.Join('\n', phrases);
}
