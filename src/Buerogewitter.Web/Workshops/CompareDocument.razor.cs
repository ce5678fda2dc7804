using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Microsoft.AspNetCore.Components;

namespace Buerogewitter.Web.Workshops;

/// <summary>What the before/after document shows: the gated comparison, its language and its chart image.</summary>
public sealed record CompareDocumentModel(CompareView View, string Language, string ChartSource, string ChartAlt);

public sealed partial class CompareDocument
{
    [Parameter, EditorRequired]
    public required CompareDocumentModel Model { get; set; }

    private DateTime Local(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById(Model.View.Treated.Organisation.TimeZone)).DateTime;

    private string Item(long id) => Model.View.Items.TryGetValue(id, out var item)
        ? (Model.Language == "en" ? item.English : item.German)
        : id.ToString(CompareText.For(Model.Language).Culture);

    private static string VerdictClass(Verdict verdict) => verdict switch { Verdict.Improved => "improved", Verdict.Worse => "worse", _ => "noise" };

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
        MetricNames.RecallMean => string.Format(t.Culture, "{0:+0;−0;0} pp [{1:+0;−0;0}; {2:+0;−0;0}]", change.Estimate * 100, change.Lower * 100, change.Upper * 100),
        MetricNames.Divergence => string.Format(t.Culture, "{0:+0.00;−0.00;0.00} [{1:+0.00;−0.00;0.00}; {2:+0.00;−0.00;0.00}]", change.Estimate, change.Lower, change.Upper),
        _ when metric.StartsWith("gap_", StringComparison.Ordinal) => string.Format(t.Culture, "{0:+0.0;−0.0;0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]", change.Estimate, change.Lower, change.Upper),
        _ => string.Format(t.Culture, "{0:+0;−0;0} [{1:+0;−0;0}; {2:+0;−0;0}]", change.Estimate, change.Lower, change.Upper),
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
