using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Demo;

internal sealed record Phrases(IReadOnlyList<string> De, IReadOnlyList<string> En)
{
    public IReadOnlyList<string> In(string language) => language == Languages.English ? En : De;
}

// Building blocks of the generated answers. Priority phrasings always contain one of the priority's example
// phrases, and nothing outside them does, so the demo stays scoreable by the analytics and by its own tests.
internal static class DemoAnswerTexts
{
    public static readonly IReadOnlyList<Phrases> CurrentPriorities =
    [
        new(
            [
                "Neukunden in Lebensmittel und Verpackung", "NK-Gewinnung in der Lebensmittelindustrie",
                "neue Kunden aus Food & Verpackung", "Neukundengewinnung Lebensmittel/Verpackung",
                "mehr Neukunden, vor allem in der Lebensmittelbranche", "rein in die Verpackungsindustrie, neue Kunden holen",
                "Neukunden, Neukunden, Neukunden (Schwerpunkt Food)", "Lebensmittelhersteller als Neukunden gewinnen",
                "neue Branchen erschließen: Lebensmittel und Verpackung",
            ],
            [
                "win new customers in food and packaging", "new accounts in the food industry",
                "go after food & packaging companies", "new customers, mainly food/packaging", "break into food & beverage",
            ]),
        new(
            [
                "Top-30-Kunden gemeinsam im Tandem entwickeln", "Key Accounts ausbauen", "KAM – die Top 30 systematisch betreuen",
                "Bestandskunden ausbauen, vor allem die Top 30", "unsere Top-Kunden im Tandem aus Außendienst und Innendienst weiterentwickeln",
                "Key-Account-Pläne für die 30 wichtigsten Kunden", "die großen Key Accounts halten und ausbauen",
                "Fokus auf die Top-30-Accounts",
            ],
            [
                "grow our top 30 key accounts as a tandem", "key account development", "focus on the top 30 customers",
                "develop key accounts together with inside sales",
            ]),
        new(
            [
                "Angebote in 48 Stunden raus", "48h für Standardangebote", "Standardangebote binnen 48 h beim Kunden",
                "schnellere Angebote (48 Stunden)", "Angebotsgeschwindigkeit – max. 48 Stunden",
                "Reaktionszeit bei Angeboten runter auf zwei Tage", "jedes Angebot innerhalb 48h beim Kunden",
                "Angebote schneller raus als der Wettbewerb, Ziel 48 Stunden",
            ],
            [
                "quotes out within 48 hours", "faster quotes – 48h", "48 hours for standard quotes",
                "every standard quote with the customer in 48h",
            ]),
        new(
            [
                "Marge vor Menge", "Marge statt Umsatz um jeden Preis", "Rabatte nur noch nach Rabattmatrix",
                "Preisdisziplin, keine Sonderkonditionen ohne Freigabe", "DB sichern statt Rabattschlacht",
                "Deckungsbeitrag hoch halten", "mehr Marge, Rabatte nach klaren Regeln", "Rabattregeln einhalten, Marge schützen",
            ],
            [
                "margin over volume", "stick to the discount rules", "protect our margin", "no discounts outside the matrix, margin first",
            ]),
    ];

    public static readonly IReadOnlyList<Phrases> RetiredPriorities =
    [
        new(
            ["Ersatzteilgeschäft ausbauen", "mehr Ersatzteile verkaufen", "Aftermarket stärken", "Servicegeschäft und Ersatzteile pushen"],
            ["grow the spare parts business", "more spare parts and service"]),
        new(
            ["Umsatz über den Großhandel steigern", "Händler stärker einbinden", "mehr über Distributoren verkaufen", "Fachgroßhandel ausbauen"],
            ["sell more through distributors", "grow the wholesale channel"]),
        new(
            ["Standardprogramm ab Lager verkaufen", "Lagerware pushen", "Katalogprogramm forcieren",
                "mehr Standardprogramm, weniger Sonderanfertigung"],
            ["push stock items", "sell the standard catalogue range"]),
    ];

    public static readonly Phrases StaleDoubts = new(
        [" (oder war das noch die alte Strategie?)", " – so hieß es zumindest mal", " – oder hat sich das geändert?"],
        [" (or was that last year's?)", " – at least that's what we were told once"]);

    public static readonly Phrases Diffuse = new(
        [
            "keine Ahnung", "Keine Ahnung, ehrlich gesagt.", "weiß nicht", "Weiß ich nicht genau.", "mehr Umsatz", "Mehr Umsatz machen!",
            "Fragen Sie den Chef.", "fragen sie den chef ;-)", "Wachstum, Wachstum, Wachstum", "Qualität aus Tradition",
            "Kunde ist König", "Gemeinsam erfolgreich!", "Das ändert sich doch eh jedes Jahr.", "Wurde uns nie richtig erklärt.",
            "k.A.", "?", "Zahlen machen.", "hab ich ehrlich gesagt vergessen", "Wir wollen wachsen.", "Umsatz hoch, Kosten runter",
            "Das weiß nur die GF.", "steht irgendwo im Intranet", "Besser sein als der Wettbewerb", "Irgendwas mit Digitalisierung",
        ],
        [
            "no idea", "more sales", "Ask the boss.", "not sure tbh", "grow, grow, grow", "Customer first!", "hit the numbers",
            "It was in some slide deck.", "Honestly, I don't know.", "be better than the competition",
        ]);

    // What each side stresses when it does not name the strategy: its own daily pressure.
    public static readonly Phrases InsideConcerns = new(
        [
            "saubere, vollständige Aufträge", "weniger Sonderlocken", "Liefertermine einhalten", "Aufträge fehlerfrei abwickeln",
            "Standardprozesse statt Extrawürste", "Reklamationen schneller bearbeiten", "weniger Eilaufträge, mehr Planbarkeit",
            "Sonderlocken reduzieren, Prozesse vereinfachen",
        ],
        ["clean orders and fewer special requests", "keep delivery dates", "process orders without errors", "fewer rush orders"]);

    public static readonly Phrases FieldConcerns = new(
        [
            "flexibel beim Preis sein, um Projekte zu gewinnen", "nah beim Kunden sein", "mehr Besuche, mehr Präsenz beim Kunden",
            "Projekte gewinnen, notfalls mit Sonderpreis", "mehr Preisspielraum für den Außendienst", "Wettbewerb verdrängen",
            "Umsatz steigern, da wo der Kunde sitzt", "Kundennähe und schnelle Entscheidungen",
        ],
        ["more price flexibility to win projects", "be close to the customer", "more customer visits", "win projects against the competition"]);

    // Appended to an inline answer; each starts with its own separator.
    public static readonly Phrases InsideComplaints = new(
        [
            " – wenn der AD endlich vollständige Anfragen schicken würde", ", aber der Außendienst verspricht trotzdem jedem Kunden Sonderpreise",
            ". Klappt nur, wenn wir nicht jeden Tag Sonderlocken drehen müssen", " (hält sich im AD eh keiner dran)",
            ". Nur sagt der AD dem Kunden Termine zu, die keiner halten kann",
        ],
        [" – if field sales sent complete requests", ", but field sales promises every customer a special price", " (field sales ignores it anyway)"]);

    public static readonly Phrases FieldComplaints = new(
        [
            ", aber der Innendienst braucht für ein Angebot eine Woche", " – nur sagt der ID bei jeder Ausnahme erstmal nein",
            ". Dafür müsste der Innendienst nach 16 Uhr noch erreichbar sein", " (im Innendienst sieht man das anders)",
            ", nur kommt man beim ID mit Sonderwünschen nicht durch",
        ],
        [", but inside sales takes ages for a quote", " – inside sales says no to every exception", " (inside sales sees it differently)"]);

    public static readonly Phrases Openers = new(
        ["Soweit ich weiß: ", "Offiziell: ", "Ich glaube: ", "Laut Kick-off: ", "Wenn ich's richtig im Kopf hab: ", "Hmm, ", "Also ",
            "Aus meiner Sicht: ", "Im Kern: "],
        ["As far as I know: ", "Officially: ", "I think: ", "From the kick-off: "]);

    public static readonly Phrases WorkshopOpeners = new(
        ["Seit dem Workshop klar: ", "Haben wir im Bürogewitter durchgesprochen: ", "Wie im Workshop besprochen: "],
        ["Since the workshop: ", "As agreed in the workshop: "]);

    public static readonly Phrases Closers = new(
        ["", "", ".", ".", "!", " – glaube ich.", " oder so ähnlich.", " (glaub ich)", " …"],
        ["", ".", ".", " I think.", " or something like that."]);

    public static readonly Phrases InlineJoiners = new([", ", ", ", " und ", "; ", " + ", " / "], [", ", ", ", " and ", "; ", " + ", " / "]);

    public static readonly Phrases InsideCollaboration = new(
        [
            "Dass Anfragen vollständig kommen: Menge, Werkstoff, Wunschtermin.", "Weniger Sonderlocken, die am Freitagnachmittag noch raus müssen.",
            "Ehrliche Liefertermine – der AD sagt dem Kunden, was er hören will.", "Dass der AD zurückruft, wenn wir eine Rückfrage haben.",
            "Respekt. Wir sind nicht das Sekretariat vom Außendienst.", "Rechtzeitig Bescheid geben, wenn ein großes Projekt kommt.",
            "Wenn alles dringend ist, ist nichts mehr dringend.", "Dass Besuchsberichte im CRM stehen und nicht nur im Kopf.",
            "Verlässlichkeit und klare Absprachen", "Erst bei uns nachfragen, bevor dem Kunden was zugesagt wird.",
        ],
        [
            "Complete requests – quantity, material, date.", "Fewer last-minute special requests.",
            "Honest delivery dates towards the customer.", "A call back when we have a question.",
        ]);

    public static readonly Phrases FieldCollaboration = new(
        [
            "Schnelle Angebote. Der Kunde wartet nicht eine Woche.", "Dass der Innendienst mitdenkt und nicht nur Dienst nach Vorschrift macht.",
            "Erreichbarkeit, auch mal nach 16 Uhr.", "Flexibilität bei Preis und Termin, wenn ein Projekt auf der Kippe steht.",
            "Vertrauen, wenn ich sage: dieser Kunde ist wichtig.", "Kurze Wege, nicht für jede Kleinigkeit ein Ticket.",
            "Rückmeldung, wenn ein Auftrag hängt – bevor der Kunde anruft.", "Dass Sonderwünsche nicht sofort abgeblockt werden.",
            "Mehr Verständnis dafür, wie es draußen beim Kunden läuft.",
        ],
        [
            "Fast quotes – customers won't wait a week.", "Being reachable after 4 pm.",
            "Some flexibility on price when a deal is on the line.", "A heads-up when an order is stuck.",
        ]);

    public static readonly Phrases LeadCollaboration = new(
        ["Dass beide Seiten dieselben Prioritäten kennen.", "Weniger Eskalationen über meinen Tisch.", "Offene Kommunikation zwischen AD und ID."],
        ["Both sides working from the same priorities.", "Fewer escalations landing on my desk."]);

    public static readonly Phrases SharedAfterWorkshop = new(
        [
            "Die Montagsrunde im Tandem hilft, wir wissen früher, was kommt.", "Offen sagen, wenn was nicht geht, und gemeinsam eine Lösung suchen.",
            "Dass wir die Kunden als gemeinsame Kunden sehen.", "Die Rabattmatrix – weniger Diskussionen im Einzelfall.",
            "Besser als vorher, aber die Montagsrunde fällt oft aus.", "Dass wir die Absprachen aus dem Workshop durchhalten.",
        ],
        [
            "The Monday tandem check-in helps, we see things coming earlier.", "Being open when something won't work.",
            "Treating customers as our shared customers.",
        ]);

    public static readonly Phrases InsideAfterWorkshop = new(
        ["Mit der Checkliste kommen die Anfragen fast immer vollständig.", "Weniger Eilaufträge, seit wir montags kurz abstimmen."],
        ["Thanks to the checklist, requests now arrive complete."]);

    public static readonly Phrases FieldAfterWorkshop = new(
        ["Angebote kommen schneller, seit es die Checkliste gibt.", "Dass ich bis 8 % selbst entscheiden kann, spart viel Zeit."],
        ["Quotes come back faster since we have the checklist."]);

    // Shorthand people type; only whole words are replaced.
    public static readonly IReadOnlyList<(string Long, string Short)> GermanAbbreviations =
    [
        ("Außendienst", "AD"), ("Innendienst", "ID"), ("Neukunden", "NK"), ("Deckungsbeitrag", "DB"), ("Stunden", "Std."),
        ("vor allem", "v.a."), ("und", "u."), ("Sonderkonditionen", "Sonderkond."), ("Kunden", "Kd."),
    ];

    public static readonly IReadOnlyList<(string Long, string Short)> EnglishAbbreviations =
    [
        ("and", "&"), ("customers", "custs"), ("with", "w/"), ("because", "bc"),
    ];
}
