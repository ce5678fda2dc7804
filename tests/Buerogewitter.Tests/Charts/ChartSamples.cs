using Buerogewitter.Analytics.Charts;
using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Charts;

/// <summary>Report-like data for every chart, complete or with some values suppressed (null).</summary>
internal static class ChartSamples
{
    public const int MinResponses = 5;

    public static readonly Interval Divergence = new(0.18, 0.09, 0.27);

    public static IReadOnlyList<string> Names { get; } =
        ["theme-shares", "divergence-trend", "clarity-trend", "priority-recall", "perception-gap", "response-rates", "before-after"];

    public static RenderedChart Render(string name, ChartOptions options, bool suppressed = false) => name switch
    {
        "theme-shares" => ReportCharts.ThemeShares(Themes(suppressed), suppressed ? null : Divergence, MinResponses, options),
        "divergence-trend" => ReportCharts.DivergenceTrend(Waves(suppressed), MinResponses, options),
        "clarity-trend" => ReportCharts.ClarityTrend(Waves(suppressed), MinResponses, options),
        "priority-recall" => ReportCharts.PriorityRecall(Priorities(suppressed), 0.31, suppressed ? null : 0.12, MinResponses, options),
        "perception-gap" => ReportCharts.PerceptionGap(Gaps(suppressed), MinResponses, options),
        "response-rates" => ReportCharts.ResponseRates(Waves(suppressed), MinResponses, options),
        "before-after" => ReportCharts.BeforeAfter(Changes(suppressed), MinResponses, options),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such chart"),
    };

    private static List<SideShares> Themes(bool suppressed) =>
    [
        new("Neukunden · Akquise · Mittelstand", 0.34, 0.12),
        new("Marge · Preis · Rabatte", 0.08, 0.31),
        new("Lieferzeit · Verfügbarkeit", 0.22, suppressed ? null : 0.18),
        new("Angebotserstellung · CRM-Pflege · Rückmeldungen", 0.19, 0.09),
        new("Bestandskunden · Wartungsverträge", 0.17, 0.30),
    ];

    private static List<WaveMetrics> Waves(bool suppressed)
    {
        string[] waves = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"];
        return
        [
            .. waves.Select((wave, i) => new WaveMetrics(
                wave,
                suppressed && i == 3 ? null : new Interval(0.30 - (0.02 * i), 0.21 - (0.02 * i), 0.39 - (0.015 * i)),
                new Interval(48 + (3 * i), 41 + (3 * i), 55 + (3 * i)),
                suppressed && i is 4 or 5 ? null : new Interval(35 + (2.5 * i), 27 + (2.5 * i), 43 + (2.5 * i)),
                0.82 - (0.01 * i),
                suppressed && i == 2 ? null : 0.55 + (0.03 * (i % 3)))),
        ];
    }

    private static List<SideShares> Priorities(bool suppressed) =>
    [
        new("Neukundengewinnung im Mittelstand", 0.46, 0.61),
        new("Wartungsverträge verlängern", 0.38, suppressed ? null : 0.22),
        new("Marge vor Umsatz", 0.12, 0.27),
    ];

    private static List<LikertGap> Gaps(bool suppressed) =>
    [
        new("Der Außendienst informiert uns rechtzeitig über Zusagen beim Kunden.", new Interval(0.9, 0.5, 1.3)),
        new("Ich weiß, welche Kundengruppen in diesem Quartal Vorrang haben.", new Interval(-0.4, -0.8, 0.0)),
        new("Übergaben zwischen Innen- und Außendienst funktionieren reibungslos, auch bei Sonderkonditionen und Rahmenverträgen mit Bestandskunden.", suppressed ? null : new Interval(0.2, -0.1, 0.5)),
        new("Wir verfolgen dieselben Ziele.", new Interval(-0.7, -1.1, -0.3)),
    ];

    private static List<MeasureChange> Changes(bool suppressed) =>
    [
        new("Klarheitsindex Innendienst", new Interval(6.5, 2.0, 11.0)),
        new("Klarheitsindex Außendienst", new Interval(2.1, -3.0, 7.2)),
        new("Prioritäten genannt (Pp.)", suppressed ? null : new Interval(9.0, 1.5, 16.0)),
        new("Abweichung (JSD × 100)", new Interval(-4.0, -9.5, 1.0)),
    ];
}
