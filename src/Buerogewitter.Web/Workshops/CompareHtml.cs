using Buerogewitter.Analytics.Charts;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Web.Templates;

namespace Buerogewitter.Web.Workshops;

/// <summary>The one-page, print-ready before/after summary for the client, and its chart.</summary>
public static class CompareHtml
{
    public const string ChartName = "before-after";

    /// <summary>
    /// The chart's measures on one 0–100 scale in whole points, as the table rounds them: recall and divergence (0–1)
    /// are drawn ×100, gaps are left to the table.
    /// </summary>
    public static RenderedChart Chart(CompareView view, string language)
    {
        var t = CompareText.For(language);
        var rows = view.Result.Measures.Where(m => !m.Metric.StartsWith("gap_", StringComparison.Ordinal)).Select(m =>
        {
            var scale = m.Metric is MetricNames.RecallMean or MetricNames.Divergence ? 100 : 1;
            var d = m.Decisive;
            return new MeasureChange(t.MeasureName(m.Side, m.Metric, _ => "", inPoints: true),
                view.Shown(m) ? new Interval(Math.Round(d.Estimate * scale), Math.Round(d.Lower * scale), Math.Round(d.Upper * scale)) : null);
        }).ToList();
        return ReportCharts.BeforeAfter(rows, view.ScoreMinimum, new ChartOptions(language));
    }

    public static Task<string> RenderAsync(CompareView view, string language, string chartSource, string chartAlt) =>
        HtmlTemplate.RenderAsync<CompareDocument, CompareDocumentModel>(new CompareDocumentModel(view, language, chartSource, chartAlt));
}
