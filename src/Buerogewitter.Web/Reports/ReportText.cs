using System.Globalization;

namespace Buerogewitter.Web.Reports;

/// <summary>Every text of the monthly clarity report, in German and English.</summary>
public sealed record ReportText(
    CultureInfo Culture,
    string Title,
    string Inside,
    string Field,
    string Lead,
    string HeadlineHeading,
    string ClarityFormat,
    string ClarityHidden,
    string DivergenceFormat,
    string DivergenceHidden,
    string ChangeUp,
    string ChangeDown,
    string ChangeSame,
    string NoPrevious,
    string ThemesHeading,
    string Theme,
    string NewTheme,
    string UnlabelledThemeFormat,
    string QuotesHidden,
    string StressesHeading,
    string StressesFormat,
    string NothingStressed,
    string RecallHeading,
    string Priority,
    string NamesNone,
    string GapHeading,
    string Item,
    string Gap,
    string ResponsesHeading,
    string Month,
    string Rate,
    string Hidden,
    string ConfidenceFormat,
    string HowToReadHeading,
    IReadOnlyList<string> HowToRead,
    string FootnoteHeading,
    string DivergenceFormula,
    string CollaborationFormula,
    string AnonymityFootnoteFormat,
    string Noise)
{
    /// <summary>Texts added for the verdict, the workshop's measures and the trends (issue #17).</summary>
    public required ReportVerdictText Verdict { get; init; }

    public string SideName(string side) => side switch
    {
        "inside" => Inside,
        "field" => Field,
        _ => Lead,
    };

    public static ReportText For(string language) => language == "en" ? English : German;

    public static readonly ReportText German = new(
        CultureInfo.GetCultureInfo("de-DE"),
        "Klarheitsbericht",
        "Innendienst",
        "Außendienst",
        "Vertriebsleitung",
        "Die Zahlen dahinter",
        "Klarheitsindex {0}: {1:0} von 100 (95 %-Intervall {2:0}–{3:0}).",
        "Klarheitsindex {0}: ausgeblendet (weniger als {1} Antworten).",
        "Abweichung zwischen den Seiten über den Zufall hinaus (Jensen–Shannon): {0:0.00} (95 %-Intervall {1:0.00}–{2:0.00}; 0 = nicht mehr als der Zufall, 1 = nichts gemeinsam).",
        "Abweichung zwischen den Seiten: ausgeblendet (weniger als {0} Antworten auf einer Seite).",
        "gestiegen",
        "gesunken",
        "unverändert",
        "Kein Vormonat zum Vergleich.",
        "Was außer den Prioritäten genannt wird",
        "Thema",
        "neu",
        "Thema {0}",
        "Themenbezeichnungen und Beispielantworten erscheinen erst ab {0} Antworten je Seite.",
        "Was eine Seite betont und die andere nicht",
        "{0} nennt „{1}“ deutlich häufiger ({2:P0} gegenüber {3:P0}).",
        "Keine Seite nennt eine Priorität oder ein Thema deutlich häufiger als die andere (Fisher-Test, Holm-korrigiert, 5 %).",
        "Welche Prioritäten genannt werden",
        "Priorität",
        "nennt keine Priorität",
        "Wie die Seiten die Zusammenarbeit sehen",
        "Aussage",
        "Unterschied (Innen − Außen)",
        "Beteiligung",
        "Monat",
        "Rücklauf",
        "ausgeblendet",
        "{0} schätzt die eigene Klarheit auf {1:P0}, nennt aber im Mittel {2:P0} der Prioritäten.",
        "So lesen Sie diesen Bericht",
        [
            "Der Klarheitsindex misst, ob Menschen die offiziellen Prioritäten von sich aus nennen – nicht, ob sie glauben, sie zu kennen.",
            "Die Abweichung zeigt, wie verschieden Innen- und Außendienst die Strategie beschreiben. Kleiner ist besser.",
            "Jede Zahl hat ein 95 %-Intervall. Überlappen sich die Intervalle zweier Monate, ist die Veränderung nicht von Zufall zu unterscheiden.",
        ],
        "Formeln",
        "Abweichung: Jensen–Shannon-Divergenz (Basis 2) der Verteilungen beider Seiten über jede aktuelle Priorität, veraltete Prioritäten, diffuse und sonstige Antworten, abzüglich ihres Zufallsniveaus (Mittel bei vertauschten Seiten); Intervall: Bootstrap mit festem Startwert. „Deutlich häufiger“: Fisher-Test je Priorität und Thema, Holm-korrigiert, unter 5 %.",
        "Zusammenarbeitsindex: Mittelwert der Aussagen-Mittelwerte, jede Antwort 1–5 auf 0–100 umgerechnet; „kann ich nicht sagen“ zählt nicht.",
        "Werte erscheinen ab {0} Antworten je Gruppe, Themenanteile und Beispielantworten ab {1}; Gruppen, die sich durch Differenzbildung erschließen ließen, werden ebenfalls ausgeblendet.",
        "nicht von Zufall zu unterscheiden")
    {
        Verdict = ReportVerdictText.German,
    };

    public static readonly ReportText English = new(
        CultureInfo.GetCultureInfo("en-GB"),
        "Clarity report",
        "Inside sales",
        "Field sales",
        "Sales leadership",
        "The figures behind it",
        "Clarity index {0}: {1:0} of 100 (95% interval {2:0}–{3:0}).",
        "Clarity index {0}: hidden (fewer than {1} responses).",
        "Divergence between the sides beyond chance (Jensen–Shannon): {0:0.00} (95% interval {1:0.00}–{2:0.00}; 0 = no more than chance, 1 = nothing in common).",
        "Divergence between the sides: hidden (fewer than {0} responses on one side).",
        "up",
        "down",
        "unchanged",
        "No previous month to compare with.",
        "What is named besides the priorities",
        "Theme",
        "new",
        "Theme {0}",
        "Theme labels and example answers appear only from {0} responses per side.",
        "What one side stresses and the other does not",
        "{0} names “{1}” clearly more often ({2:P0} against {3:P0}).",
        "Neither side names a priority or theme clearly more often than the other (Fisher's exact test, Holm-adjusted, 5%).",
        "Which priorities are named",
        "Priority",
        "names no priority",
        "How the sides see working together",
        "Statement",
        "Difference (inside − field)",
        "Participation",
        "Month",
        "Response rate",
        "hidden",
        "{0} rates its own clarity at {1:P0}, but names {2:P0} of the priorities on average.",
        "How to read this report",
        [
            "The clarity index measures whether people name the official priorities unprompted — not whether they believe they know them.",
            "Divergence shows how differently inside and field sales describe the strategy. Lower is better.",
            "Every number has a 95% interval. Where two months' intervals overlap, the change cannot be told apart from chance.",
        ],
        "Formulas",
        "Divergence: Jensen–Shannon divergence (base 2) of both sides' distributions over each current priority, retired priorities, diffuse and other answers, less its chance level (the mean with the sides shuffled); interval: seeded bootstrap. “Clearly more often”: Fisher's exact test per priority and theme, Holm-adjusted, below 5%.",
        "Collaboration index: mean of the statement means, each answer 1–5 rescaled to 0–100; \"can't say\" does not count.",
        "Scores appear from {0} responses per group, theme shares and example answers from {1}; groups that could be worked out by subtraction are hidden too.",
        "not distinguishable from noise")
    {
        Verdict = ReportVerdictText.English,
    };

}

/// <summary>The report's opening verdict and next step, its workshop section and its trend heading.</summary>
public sealed record ReportVerdictText
{
    public required string Closer { get; init; }
    public required string Apart { get; init; }
    public required string Same { get; init; }
    public required string FirstFormat { get; init; }
    public required string HiddenFormat { get; init; }
    public required string WidestFormat { get; init; }
    public required string NextStepLabel { get; init; }
    public required string NextStepDiscussFormat { get; init; }
    public required string NextStepOverdueFormat { get; init; }
    public required string NextStepWatch { get; init; }
    public required string TrendsHeading { get; init; }
    public required string MeasuresHeadingFormat { get; init; }
    public required string MeasuresIntro { get; init; }
    public required string Measure { get; init; }
    public required string Due { get; init; }
    public required string Status { get; init; }
    public required string Overdue { get; init; }
    public required string NotAsked { get; init; }
    public required string RatingFormat { get; init; }
    public required string Back { get; init; }

    public static readonly ReportVerdictText German = new()
    {
        Closer = "Innen- und Außendienst beschreiben die Strategie einheitlicher als im Vormonat.",
        Apart = "Innen- und Außendienst beschreiben die Strategie unterschiedlicher als im Vormonat.",
        Same = "Innen- und Außendienst beschreiben die Strategie etwa so unterschiedlich wie im Vormonat.",
        FirstFormat = "Innen- und Außendienst beschreiben die Strategie mit einer Abweichung von {0:0.00} über den Zufall hinaus (0 = nicht mehr als der Zufall, 1 = nichts gemeinsam).",
        HiddenFormat = "Für ein Urteil über beide Seiten fehlen Antworten: Der Vergleich erscheint ab {0} Antworten je Seite.",
        WidestFormat = " Am weitesten auseinander: „{0}“ (Innendienst {1:P0}, Außendienst {2:P0}).",
        NextStepLabel = "Nächster Schritt:",
        NextStepDiscussFormat = "„{0}“ mit beiden Seiten gemeinsam besprechen – was versteht jede Seite darunter, und was tut sie dafür?",
        NextStepOverdueFormat = "die überfällige Maßnahme „{0}“ (fällig am {1:d}) mit den Verantwortlichen klären.",
        NextStepWatch = "weiter beobachten; der nächste Bericht zeigt, ob die Richtung hält.",
        TrendsHeading = "Klarheit und Abweichung im Verlauf",
        MeasuresHeadingFormat = "Maßnahmen aus dem Workshop vom {0:d}",
        MeasuresIntro = "Status laut Workshop-Protokoll; die Bewertung der Umsetzung (1 = gar nicht, 5 = vollständig) stammt aus der letzten Befragung, mit 95 %-Intervall.",
        Measure = "Maßnahme",
        Due = "fällig",
        Status = "Status",
        Overdue = "überfällig",
        NotAsked = "noch nicht gefragt",
        RatingFormat = "{0:0.0} ({1:0.0}–{2:0.0})",
        Back = "← Zurück zur Übersicht",
    };

    public static readonly ReportVerdictText English = new()
    {
        Closer = "Inside and field sales describe the strategy more alike than last month.",
        Apart = "Inside and field sales describe the strategy less alike than last month.",
        Same = "Inside and field sales describe the strategy about as differently as last month.",
        FirstFormat = "Inside and field sales describe the strategy with a divergence of {0:0.00} beyond chance (0 = no more than chance, 1 = nothing in common).",
        HiddenFormat = "Too few answers for a verdict on both sides: the comparison appears from {0} responses per side.",
        WidestFormat = " Furthest apart: “{0}” (inside sales {1:P0}, field sales {2:P0}).",
        NextStepLabel = "Next step:",
        NextStepDiscussFormat = "discuss “{0}” with both sides together — what does each side understand by it, and what does it do for it?",
        NextStepOverdueFormat = "settle the overdue measure “{0}” (due {1:d}) with its owners.",
        NextStepWatch = "keep watching; next month's report shows whether the direction holds.",
        TrendsHeading = "Clarity and divergence over time",
        MeasuresHeadingFormat = "Measures from the workshop of {0:d}",
        MeasuresIntro = "Status as recorded for the workshop; the follow-through rating (1 = not at all, 5 = fully) is from the latest survey, with a 95% interval.",
        Measure = "Measure",
        Due = "due",
        Status = "Status",
        Overdue = "overdue",
        NotAsked = "not asked yet",
        RatingFormat = "{0:0.0} ({1:0.0}–{2:0.0})",
        Back = "← Back to the overview",
    };
}
