using System.Text;
using Buerogewitter.Analytics.Charts;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Web.Reports;

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
            return new MeasureChange(t.MeasureName(m.Side, m.Metric, _ => ""),
                view.Shown(m) ? new Interval(Math.Round(d.Estimate * scale), Math.Round(d.Lower * scale), Math.Round(d.Upper * scale)) : null);
        }).ToList();
        return ReportCharts.BeforeAfter(rows, view.ScoreMinimum, new ChartOptions(language));
    }

    public static string Render(CompareView view, string language, string chartSource, string chartAlt)
    {
        var t = CompareText.For(language);
        var html = new StringBuilder();
        void Line(string text) => html.AppendLine(text);
        static string E(string? text) => ReportHtml.Encoder.Encode(text ?? "");
        string Item(long id) => view.Items.TryGetValue(id, out var item) ? (language == "en" ? item.English : item.German) : id.ToString(t.Culture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(view.Treated.Organisation.TimeZone);
        DateTime Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, zone).DateTime;
        var title = t.Format(t.Title, view.WorkshopOn.ToDateTime(TimeOnly.MinValue));
        var hidden = t.Format(t.HiddenFormat, view.ScoreMinimum);
        var withComparison = view.Comparison is not null;

        Line($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(title)} · {E(view.Treated.Organisation.Name)}</title>\n<style>{Styles}</style>\n</head>\n<body>\n<main>");
        Line($"<h1>{E(title)}</h1>\n<p class=\"subtitle\">{E(view.Treated.Organisation.Name)}</p>");
        var before = view.Treated.Before;
        var after = view.Treated.After;
        Line($"<p>{E(t.Format(t.PeriodsFormat, before.Count, Local(before[0].OpensAt), Local(before[^1].OpensAt), after.Count, Local(after[0].OpensAt), Local(after[^1].OpensAt)))}</p>");
        if (withComparison)
        {
            Line($"<p>{E(t.ComparisonNote)}</p>");
        }

        Line($"<section><h2>{E(t.MeasuresHeading)}</h2>");
        Line($"<figure><img src=\"{E(chartSource)}\" alt=\"{E(chartAlt)}\" width=\"800\"></figure>");
        Line($"<table><thead><tr><th>{E(t.Measure)}</th><th>{E(t.Before)}</th><th>{E(t.After)}</th><th>{E(t.Change)}</th>"
            + (withComparison ? $"<th>{E(t.ComparedToGroup)}</th>" : "") + $"<th>{E(t.VerdictHeading)}</th></tr></thead><tbody>");
        foreach (var m in view.Result.Measures)
        {
            var name = E(t.MeasureName(m.Side, m.Metric, Item));
            if (!view.Shown(m))
            {
                Line($"<tr><td>{name}</td><td colspan=\"{(withComparison ? 5 : 4)}\" class=\"hidden\">{E(hidden)}</td></tr>");
                continue;
            }

            var format = Number(m.Metric);
            var verdictClass = m.Verdict switch { Verdict.Improved => "improved", Verdict.Worse => "worse", _ => "noise" };
            Line($"<tr><td>{name}</td><td>{E(t.Format($"{{0:{format}}}", m.Before))}</td><td>{E(t.Format($"{{0:{format}}}", m.After))}</td>"
                + $"<td>{E(Change(t, m.Difference, m.Metric))}</td>"
                + (m.DifferenceInDifferences is { } did ? $"<td>{E(Change(t, did, m.Metric))}</td>" : "")
                + $"<td class=\"{verdictClass}\">{E(t.VerdictName(m.Verdict))}</td></tr>");
        }

        Line("</tbody></table></section>");

        Line($"<section class=\"detail\"><h2>{E(t.LikertHeading)}</h2>");
        Line($"<table><thead><tr><th>{E(t.Statement)}</th><th>{E(t.Side)}</th><th>{E(t.MeanShift)}</th><th>Cliff δ</th><th>Mann–Whitney p</th></tr></thead><tbody>");
        foreach (var shift in view.Result.LikertShifts)
        {
            var cells = view.Shown(shift)
                ? $"<td>{E(t.Format("{0:0.0} → {1:0.0}", shift.MeanBefore, shift.MeanAfter))}</td><td>{E(t.Format("{0:+0.00;−0.00;0.00}", shift.CliffsDelta))}</td><td>{E(t.Format("{0:0.000}", shift.Test.PValue))}</td>"
                : $"<td colspan=\"3\" class=\"hidden\">{E(hidden)}</td>";
            Line($"<tr><td>{E(Item(shift.ItemId))}</td><td>{E(t.SideName(shift.Side))}</td>{cells}</tr>");
        }

        Line("</tbody></table></section>");
        Line($"<section class=\"detail\"><h2>{E(t.HowToReadHeading)}</h2><ul>");
        foreach (var point in t.HowToRead)
        {
            Line($"<li>{E(point)}</li>");
        }

        Line("</ul></section>");
        Line($"<footer><p>{E(t.Format(t.MethodFormat, Bootstrap.DefaultResamples, view.ScoreMinimum, view.TextMinimum))}</p><p>{E(ClarityIndex.FormulaText(language))}</p></footer>");
        Line("</main>\n</body>\n</html>");
        return html.ToString();
    }

    private static string Number(string metric) => metric switch
    {
        MetricNames.RecallMean => "P0",
        MetricNames.Divergence => "0.00",
        _ when metric.StartsWith("gap_", StringComparison.Ordinal) => "0.0",
        _ => "0",
    };

    // Recall is a share, so its change reads in percentage points; the others keep their own unit.
    private static string Change(CompareText t, Interval change, string metric) => metric switch
    {
        MetricNames.RecallMean => t.Format("{0:+0;−0;0} pp [{1:+0;−0;0}; {2:+0;−0;0}]", change.Estimate * 100, change.Lower * 100, change.Upper * 100),
        MetricNames.Divergence => t.Format("{0:+0.00;−0.00;0.00} [{1:+0.00;−0.00;0.00}; {2:+0.00;−0.00;0.00}]", change.Estimate, change.Lower, change.Upper),
        _ when metric.StartsWith("gap_", StringComparison.Ordinal) => t.Format("{0:+0.0;−0.0;0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]", change.Estimate, change.Lower, change.Upper),
        _ => t.Format("{0:+0;−0;0} [{1:+0;−0;0}; {2:+0;−0;0}]", change.Estimate, change.Lower, change.Upper),
    };

    // On paper this is the client's one-page summary (A4): the Likert details and the reading guide stay on
    // screen, so the measures with their verdicts and the chart fit one sheet even with six statements.
    private const string Styles = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2330; line-height: 1.45; margin: 0; background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin-bottom: 0; } .subtitle { color: #545c6b; margin-top: 0.2rem; }
        h2 { font-size: 1.2rem; margin-top: 1.5rem; border-bottom: 1px solid #d5d9e0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.92rem; }
        th, td { text-align: left; padding: 0.25rem 0.45rem; border-bottom: 1px solid #d5d9e0; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
        .improved { color: #005a9c; font-weight: bold; } .worse { color: #a6411b; font-weight: bold; } .noise, .hidden { color: #5f6673; }
        figure { margin: 0.5rem 0; } img { max-width: 100%; height: auto; }
        footer { margin-top: 1.5rem; font-size: 0.8rem; color: #545c6b; }
        @media print {
            @page { size: A4; margin: 10mm 12mm; }
            body { font-size: 9pt; line-height: 1.25; } main { max-width: none; padding: 0; }
            h1 { font-size: 13pt; } h2 { font-size: 10pt; margin: 0.6em 0 0.2em; break-after: avoid; } p { margin: 0.25em 0; }
            table { font-size: 8.5pt; margin: 0.2em 0; } th, td { padding: 0.05em 0.3em; }
            figure { margin: 0.2em 0; text-align: center; } figure img { width: 80%; } figure, table { break-inside: avoid; }
            footer { margin-top: 0.4em; font-size: 7pt; } footer p { margin: 0.1em 0; }
            .detail { display: none; }
        }
        """;
}
