using System.Globalization;
using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Analytics.Charts;

/// <summary>Every text the charts draw, in German and English, with the culture that formats their numbers.</summary>
internal sealed class ChartTexts
{
    public required CultureInfo Culture { get; init; }
    public required string Inside { get; init; }
    public required string Field { get; init; }
    public required string HiddenNote { get; init; }
    public required string ShareOfAnswers { get; init; }
    public required string Wave { get; init; }
    public required string ThemeSharesTitle { get; init; }
    public required string Divergence { get; init; }
    public required string ThemeSharesAlt { get; init; }
    public required string DivergenceTrendTitle { get; init; }
    public required string Interval95 { get; init; }
    public required string DivergenceTrendAlt { get; init; }
    public required string ClarityTrendTitle { get; init; }
    public required string ClarityAxis { get; init; }
    public required string ClarityTrendAlt { get; init; }
    public required string PriorityRecallTitle { get; init; }
    public required string NamesNone { get; init; }
    public required string PriorityRecallAlt { get; init; }
    public required string PerceptionGapTitle { get; init; }
    public required string PerceptionGapAxis { get; init; }
    public required string PerceptionGapAlt { get; init; }
    public required string ResponseRateTitle { get; init; }
    public required string ResponseRateAxis { get; init; }
    public required string ResponseRateAlt { get; init; }
    public required string BeforeAfterTitle { get; init; }
    public required string BeforeAfterAxis { get; init; }
    public required string Distinguishable { get; init; }
    public required string Noise { get; init; }
    public required string BeforeAfterAlt { get; init; }

    public static ChartTexts For(string language) => language switch
    {
        "de" => German,
        "en" => English,
        _ => throw new ArgumentException($"Unsupported chart language '{language}'; use \"de\" or \"en\".", nameof(language)),
    };


    public string Number(double value) => value.ToString("0.00", Culture);

    // A real minus sign (U+2212): a hyphen next to the en dash or the list separator is hard to read.
    public string Signed(double value) => value.ToString("+0.0#;−0.0#;0", Culture);

    private string Bound(double value) => value.ToString("0.0#;−0.0#;0", Culture);

    public string Percent(double share) => share.ToString("P0", Culture);

    /// <summary>
    /// "0,18 [0,09–0,27]" for shares; a signed difference lists its bounds with the culture's list
    /// separator instead ("+2,1 [−3,0; 7,2]"), because an en dash before a minus sign reads as noise.
    /// </summary>
    public string WithInterval(Interval interval, bool signed = false) => signed
        ? $"{Signed(interval.Estimate)} [{Bound(interval.Lower)}{Culture.TextInfo.ListSeparator} {Bound(interval.Upper)}]"
        : $"{Number(interval.Estimate)} [{Number(interval.Lower)}–{Number(interval.Upper)}]";

    private static readonly ChartTexts German = new()
    {
        Culture = CultureInfo.GetCultureInfo("de-DE"),
        Inside = "Innendienst",
        Field = "Außendienst",
        HiddenNote = "ausgeblendet: weniger als {0} Antworten",
        ShareOfAnswers = "Anteil der Antworten",
        Wave = "Welle",
        ThemeSharesTitle = "Themen je Seite",
        Divergence = "Abweichung (JSD)",
        ThemeSharesAlt = "Balkendiagramm der Anteile von Innendienst und Außendienst je Thema, {0}.",
        DivergenceTrendTitle = "Abweichung (JSD) zwischen Innen- und Außendienst je Welle",
        Interval95 = "95-%-Intervall",
        DivergenceTrendAlt = "Liniendiagramm der Abweichung (JSD) zwischen Innen- und Außendienst über {0} Wellen mit 95-%-Intervallen.",
        ClarityTrendTitle = "Klarheitsindex je Seite und Welle",
        ClarityAxis = "Klarheitsindex (0–100)",
        ClarityTrendAlt = "Liniendiagramm des Klarheitsindex von Innendienst und Außendienst über {0} Wellen mit 95-%-Intervallen.",
        PriorityRecallTitle = "Nennung der Prioritäten je Seite",
        NamesNone = "nennt keine",
        PriorityRecallAlt = "Balkendiagramm der Anteile von Innendienst und Außendienst, die jede der {0} Prioritäten nennen oder keine.",
        PerceptionGapTitle = "Wahrnehmungslücke je Aussage: Innen- minus Außendienst",
        PerceptionGapAxis = "← Außendienst stimmt mehr zu   |   Innendienst stimmt mehr zu →",
        PerceptionGapAlt = "Balkendiagramm der Differenz der Mittelwerte von Innendienst und Außendienst für {0} Aussagen mit 95-%-Intervallen.",
        ResponseRateTitle = "Rücklaufquote je Seite und Welle",
        ResponseRateAxis = "Rücklaufquote",
        ResponseRateAlt = "Liniendiagramm der Rücklaufquote von Innendienst und Außendienst über {0} Wellen.",
        BeforeAfterTitle = "Veränderung nach dem Workshop (nachher − vorher)",
        BeforeAfterAxis = "Differenz mit 95-%-Intervall",
        Distinguishable = "vom Rauschen unterscheidbar",
        Noise = "nicht vom Rauschen unterscheidbar",
        BeforeAfterAlt = "Punktdiagramm der Veränderungen von {0} Kennzahlen nach dem Workshop mit 95-%-Intervallen, davon {1} nicht vom Rauschen unterscheidbar.",
    };

    private static readonly ChartTexts English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Inside = "Inside sales",
        Field = "Field sales",
        HiddenNote = "hidden: fewer than {0} responses",
        ShareOfAnswers = "Share of answers",
        Wave = "Wave",
        ThemeSharesTitle = "Themes per side",
        Divergence = "Divergence (JSD)",
        ThemeSharesAlt = "Bar chart of the inside and field sales shares per theme, {0}.",
        DivergenceTrendTitle = "Divergence (JSD) between inside and field sales per wave",
        Interval95 = "95% interval",
        DivergenceTrendAlt = "Line chart of the divergence (JSD) between inside and field sales over {0} waves with 95% intervals.",
        ClarityTrendTitle = "Clarity index per side and wave",
        ClarityAxis = "Clarity index (0–100)",
        ClarityTrendAlt = "Line chart of the inside and field sales clarity index over {0} waves with 95% intervals.",
        PriorityRecallTitle = "Priorities named per side",
        NamesNone = "names none",
        PriorityRecallAlt = "Bar chart of the inside and field sales shares naming each of {0} priorities, or none.",
        PerceptionGapTitle = "Perception gap per statement: inside minus field",
        PerceptionGapAxis = "← field sales agree more   |   inside sales agree more →",
        PerceptionGapAlt = "Bar chart of the difference between inside and field sales means for {0} statements with 95% intervals.",
        ResponseRateTitle = "Response rate per side and wave",
        ResponseRateAxis = "Response rate",
        ResponseRateAlt = "Line chart of the inside and field sales response rates over {0} waves.",
        BeforeAfterTitle = "Change after the workshop (after − before)",
        BeforeAfterAxis = "Difference with 95% interval",
        Distinguishable = "distinguishable from noise",
        Noise = "not distinguishable from noise",
        BeforeAfterAlt = "Dot chart of the changes in {0} measures after the workshop with 95% intervals, {1} of them not distinguishable from noise.",
    };
}
