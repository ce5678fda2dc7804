using System.Globalization;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Web.Workshops;

/// <summary>Every text of the before/after page, in German and English.</summary>
public sealed record CompareText
{
    public required CultureInfo Culture { get; init; }

    public required string Title { get; init; }

    public required string PeriodsFormat { get; init; }

    public required string ComparisonNote { get; init; }

    public required string MeasuresHeading { get; init; }

    public required string Measure { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }

    public required string Change { get; init; }

    public required string ComparedToGroup { get; init; }

    public required string VerdictHeading { get; init; }

    public required string Improved { get; init; }

    public required string Worse { get; init; }

    public required string Noise { get; init; }

    public required string HiddenFormat { get; init; }

    public required string LikertHeading { get; init; }

    public required string Statement { get; init; }

    public required string Side { get; init; }

    public required string MeanShift { get; init; }

    public required string Inside { get; init; }

    public required string Field { get; init; }

    public required string Clarity { get; init; }

    public required string Recall { get; init; }

    public required string Collaboration { get; init; }

    public required string Divergence { get; init; }

    public required string RecallInPoints { get; init; }

    public required string DivergenceInPoints { get; init; }

    public required string GapFormat { get; init; }

    public required string HowToReadHeading { get; init; }

    public required IReadOnlyList<string> HowToRead { get; init; }

    public required string MethodFormat { get; init; }


    /// <summary>A p-value to three places; below 0.001 as "&lt; 0,001", since "0,000" would claim certainty no test gives.</summary>
    public string PValue(double p) => p < 0.001 ? string.Format(Culture, "< {0:0.000}", 0.001) : string.Format(Culture, "{0:0.000}", p);

    public string SideName(string side) => side == "inside" ? Inside : Field;

    public string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Improved => Improved,
        Verdict.Worse => Worse,
        _ => Noise,
    };

    /// <summary>The row label of a measure; <paramref name="items"/> name the statements of perception gaps.</summary>
    /// <summary>A measure's name; <paramref name="inPoints"/>: as the chart draws it, shares and divergence × 100.</summary>
    public string MeasureName(string side, string metric, Func<long, string> items, bool inPoints = false)
    {
        if (metric.StartsWith("gap_", StringComparison.Ordinal))
        {
            return string.Format(Culture, GapFormat, items(long.Parse(metric[4..], CultureInfo.InvariantCulture)));
        }

        var name = metric switch
        {
            MetricNames.ClarityIndex => Clarity,
            MetricNames.RecallMean => inPoints ? RecallInPoints : Recall,
            MetricNames.CollaborationIndex => Collaboration,
            _ => inPoints ? DivergenceInPoints : Divergence,
        };
        return side == MetricNames.AllSides ? name : $"{name} – {SideName(side)}";
    }

    public static CompareText For(string language) => language == "en" ? English : German;

    public static readonly CompareText German = new()
    {
        Culture = CultureInfo.GetCultureInfo("de-DE"),
        Title = "Vorher/Nachher: Bürogewitter-Workshop vom {0:d}",
        PeriodsFormat = "Vorher: {0} Befragungen ({1:MMMM yyyy} – {2:MMMM yyyy}), nachher: {3} Befragungen ({4:MMMM yyyy} – {5:MMMM yyyy}).",
        ComparisonNote = "Verglichen mit einer Vergleichsgruppe ohne Workshop (Differenz der Differenzen): eine Veränderung, die beide Gruppen zeigen, zählt nicht als Wirkung.",
        MeasuresHeading = "Was sich verändert hat",
        Measure = "Kennzahl",
        Before = "Vorher",
        After = "Nachher",
        Change = "Veränderung [95-%-Intervall]",
        ComparedToGroup = "gegenüber Vergleichsgruppe",
        VerdictHeading = "Urteil",
        Improved = "verbessert",
        Worse = "verschlechtert",
        Noise = "nicht vom Rauschen unterscheidbar",
        HiddenFormat = "ausgeblendet (weniger als {0} Antworten)",
        LikertHeading = "Aussagen zur Zusammenarbeit (Verschiebung der Antworten)",
        Statement = "Aussage",
        Side = "Seite",
        MeanShift = "Mittelwert vorher → nachher",
        Inside = "Innendienst",
        Field = "Außendienst",
        Clarity = "Klarheitsindex (0–100)",
        Recall = "Prioritäten-Trefferquote",
        Collaboration = "Zusammenarbeitsindex (0–100)",
        Divergence = "Divergenz zwischen den Seiten (0–1, niedriger ist besser)",
        RecallInPoints = "Prioritäten-Trefferquote (Prozentpunkte)",
        DivergenceInPoints = "Divergenz zwischen den Seiten × 100 (niedriger ist besser)",
        GapFormat = "Wahrnehmungslücke „{0}“ (Abstand Innen − Außen, niedriger ist besser)",
        HowToReadHeading = "So lesen Sie diese Seite",
        HowToRead =
        [
            "Veränderung = nachher − vorher. Das 95-%-Intervall zeigt, wie weit der Wert allein durch Zufall in der Auswahl der Antworten schwanken kann.",
            "Schließt das Intervall die Null ein, ist die Veränderung nicht vom Rauschen unterscheidbar – auch wenn die Zahl groß aussieht.",
            "Bei Divergenz und Wahrnehmungslücken ist weniger besser; bei allen anderen Kennzahlen mehr.",
            "Cliffs Delta (−1 bis 1) sagt, wie viel öfter eine Antwort nachher höher liegt als vorher; ab etwa 0,15 spürbar, ab 0,33 deutlich.",
            "Bei vielen Kennzahlen erscheint auch ohne jede Wirkung gelegentlich eine (etwa jede zwanzigste) als verändert: Achten Sie auf das Gesamtbild.",
        ],
        MethodFormat = "Methode: Vorher und nachher ist je der Mittelwert der Befragungen. Die Antworten sind anonym und nicht gepaart; das Intervall stammt aus einem geschichteten Bootstrap auf Antwortebene ({0:N0} Wiederholungen, fester Startwert): Die Antworten jeder Befragung und Seite werden neu gezogen und die Kennzahlen wie in der Monatsauswertung neu berechnet. Schwankungen von Monat zu Monat über den Zufall der Antworten hinaus enthält es nicht. Aussagen: Mann-Whitney-U-Test und Cliffs Delta auf den Rohantworten. Werte erscheinen nur, wenn eine Seite in jeder einbezogenen Befragung mindestens {1} Antworten hatte (Themen und Divergenz: {2}).",
    };

    public static readonly CompareText English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Title = "Before/after: Bürogewitter workshop of {0:d}",
        PeriodsFormat = "Before: {0} surveys ({1:MMMM yyyy} – {2:MMMM yyyy}), after: {3} surveys ({4:MMMM yyyy} – {5:MMMM yyyy}).",
        ComparisonNote = "Compared with a comparison group without a workshop (difference in differences): a change both groups show does not count as an effect.",
        MeasuresHeading = "What changed",
        Measure = "Measure",
        Before = "Before",
        After = "After",
        Change = "Change [95% interval]",
        ComparedToGroup = "against comparison group",
        VerdictHeading = "Verdict",
        Improved = "improved",
        Worse = "worse",
        Noise = "not distinguishable from noise",
        HiddenFormat = "hidden (fewer than {0} responses)",
        LikertHeading = "Statements on working together (shift of the answers)",
        Statement = "Statement",
        Side = "Side",
        MeanShift = "Mean before → after",
        Inside = "Inside sales",
        Field = "Field sales",
        Clarity = "Clarity index (0–100)",
        Recall = "Priority recall",
        Collaboration = "Collaboration index (0–100)",
        Divergence = "Divergence between the sides (0–1, lower is better)",
        RecallInPoints = "Priority recall (percentage points)",
        DivergenceInPoints = "Divergence between the sides × 100 (lower is better)",
        GapFormat = "Perception gap “{0}” (distance inside − field, lower is better)",
        HowToReadHeading = "How to read this page",
        HowToRead =
        [
            "Change = after − before. The 95% interval shows how far the value can move through the chance of who answered alone.",
            "When the interval includes zero, the change is not distinguishable from noise — however large the number looks.",
            "For divergence and perception gaps lower is better; for every other measure higher is better.",
            "Cliff's delta (−1 to 1) says how much more often an answer after is higher than one before; noticeable from about 0.15, clear from 0.33.",
            "With many measures, about one in twenty shows as changed even without any effect: look at the whole picture.",
        ],
        MethodFormat = "Method: before and after are each the mean of their surveys. Answers are anonymous and unpaired; the interval comes from a stratified answer-level bootstrap ({0:N0} resamples, fixed seed): the answers of every survey and side are redrawn and the measures recomputed as in the monthly analysis. It does not include month-to-month swings beyond the chance of who answered. Statements: Mann–Whitney U test and Cliff's delta on the raw answers. Values appear only when a side had at least {1} responses in every survey included (themes and divergence: {2}).",
    };
}
