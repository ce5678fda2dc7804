using Buerogewitter.Analytics.Charts;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Organisations;
using ChartWave = Buerogewitter.Analytics.Charts.WaveMetrics;

namespace Buerogewitter.Web.Reports;

/// <summary>Feeds the report's gated numbers to the charts, so a chart never shows what the tables hide.</summary>
public static class ReportCharting
{
    public static IReadOnlyList<RenderedChart> Render(ReportView view, string language)
    {
        var options = new ChartOptions(language);
        var data = view.Data;
        var latest = view.Latest;
        var culture = ReportText.For(language).Culture;
        var scoreMinimum = data.ScoreMinResponses;

        var priorities = data.Priorities.Select(p => new SideShares(language == "en" ? p.English : p.German,
            view.Value(latest, "inside", MetricNames.Priority(p.Id))?.Value,
            view.Value(latest, "field", MetricNames.Priority(p.Id))?.Value)).ToList();
        // What the sides name: each priority, then what else they name; the divergence in the title is over these.
        var themes = priorities.Concat(view.OtherThemes.Select(theme => new SideShares(ReportSentences.ThemeName(view, ReportText.For(language), theme),
            view.Value(latest, "inside", MetricNames.ThemeShare(theme.ThemeNo - 1))?.Value,
            view.Value(latest, "field", MetricNames.ThemeShare(theme.ThemeNo - 1))?.Value))).ToList();
        var waves = view.Waves.Select(wave => new ChartWave(
            LocalTime.In(wave.OpensAt, data.TimeZone).ToString("MMM yy", culture),
            ToInterval(view.BothSides(wave, MetricNames.Divergence)),
            ToInterval(view.Value(wave, "inside", MetricNames.ClarityIndex)),
            ToInterval(view.Value(wave, "field", MetricNames.ClarityIndex)),
            view.Value(wave, "inside", MetricNames.ResponseRate)?.Value,
            view.Value(wave, "field", MetricNames.ResponseRate)?.Value)).ToList();
        var gaps = data.Items.Select(item => new LikertGap(language == "en" ? item.English : item.German,
            ToInterval(view.BothSides(latest, MetricNames.PerceptionGap(item.Id))))).ToList();

        return
        [
            ReportCharts.ThemeShares(themes, ToInterval(view.BothSides(latest, MetricNames.Divergence)), data.TextMinResponses, options),
            ReportCharts.DivergenceTrend(waves, data.TextMinResponses, options),
            ReportCharts.ClarityTrend(waves, scoreMinimum, options),
            ReportCharts.PriorityRecall(priorities, view.Value(latest, "inside", MetricNames.RecallNone)?.Value,
                view.Value(latest, "field", MetricNames.RecallNone)?.Value, scoreMinimum, options),
            ReportCharts.PerceptionGap(gaps, scoreMinimum, options),
            ReportCharts.ResponseRates(waves, scoreMinimum, options),
        ];
    }

    private static Interval? ToInterval(MetricValue? value) =>
        value is null ? null : new Interval(value.Value, value.Lower ?? value.Value, value.Upper ?? value.Value);
}
