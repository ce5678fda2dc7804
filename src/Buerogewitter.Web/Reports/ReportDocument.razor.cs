using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Components;

namespace Buerogewitter.Web.Reports;

/// <summary>What the report document shows: the gated figures, its language and where its chart images are.</summary>
/// <remarks><paramref name="BackLink"/> is where the app's report page leads back to; mail and file have none.</remarks>
public sealed record ReportDocumentModel(ReportView View, string Language, IReadOnlyList<ReportImage> Images, string? BackLink = null);

public sealed partial class ReportDocument
{
    [Parameter, EditorRequired]
    public required ReportDocumentModel Model { get; set; }

    private string ClarityIndexFormula => Core.Metrics.ClarityIndex.FormulaText(Model.Language);

    private string Month(ReportWave wave) =>
        TimeZoneInfo.ConvertTime(wave.OpensAt, TimeZoneInfo.FindSystemTimeZoneById(Model.View.Data.TimeZone)).ToString("MMMM yyyy", ReportText.For(Model.Language).Culture);

    private RenderFragment Image(string name) => builder =>
    {
        if (Model.Images.FirstOrDefault(i => i.Name == name) is { } image)
        {
            builder.OpenElement(0, "figure");
            builder.OpenElement(1, "img");
            builder.AddAttribute(2, "src", image.Source);
            builder.AddAttribute(3, "alt", image.AltText);
            builder.CloseElement();
            builder.CloseElement();
        }
    };

    /// <summary>A side's follow-through rating with its interval; "hidden" where the gate holds it back, "not asked" before any wave asked.</summary>
    private static RenderFragment Rating(ReportText t, SideCheck? check) => check is null
        ? builder => builder.AddContent(0, t.Verdict.NotAsked)
        : Shown(t, check.Rating is { } r ? new MetricValue("", "", r.Estimate, r.Lower, r.Upper, check.Answers) : null, "{0:0.0}", t.Verdict.RatingFormat);

    private static RenderFragment Percent(ReportText t, MetricValue? value) => Shown(t, value, "{0:P0}");

    private static RenderFragment Mean(ReportText t, MetricValue? value) => Shown(t, value, "{0:0.0}");

    /// <summary>A figure (with its interval where <paramref name="withInterval"/> is given), or "hidden" in grey where the gate holds it back.</summary>
    private static RenderFragment Shown(ReportText t, MetricValue? value, string format, string? withInterval = null) => builder =>
    {
        if (value is null)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "class", "hidden");
            builder.AddContent(2, t.Hidden);
            builder.CloseElement();
        }
        else
        {
            builder.AddContent(3, withInterval is null ? string.Format(t.Culture, format, value.Value) : string.Format(t.Culture, withInterval, value.Value, value.Lower, value.Upper));
        }
    };

    private static string GapText(ReportText t, MetricValue? gap) => gap is null
        ? t.Hidden
        : string.Format(t.Culture, "{0:+0.0;−0.0;0.0} [{1:0.0}; {2:0.0}]", gap.Value, gap.Lower, gap.Upper) + (gap.Lower <= 0 && gap.Upper >= 0 ? $" – {t.Noise}" : "");

    private const string Styles = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2330; line-height: 1.5; margin: 0; background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0; } .subtitle { color: #545c6b; margin-top: 0.2rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d5d9e0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
        th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #d5d9e0; vertical-align: top; overflow-wrap: break-word; }
        tr.quote td { color: #545c6b; font-style: italic; border-bottom: 0; padding-left: 1.5rem; }
        .hidden, .note { color: #767676; } figure { margin: 1rem 0; } img { width: 100%; max-width: 50rem; height: auto; }
        .back { margin: 0.5rem 0 0; } .back a { color: #0065a8; display: inline-block; min-height: 44px; line-height: 44px; }
        .verdict { font-size: 1.1rem; margin: 1rem 0; padding: 0.75rem 1rem; border-left: 4px solid #0065a8; background: #f2f7fb; }
        tr.overdue td:nth-child(2) { color: #b00020; }
        /* On a phone a table wider than the screen scrolls inside its box; the page itself never scrolls sideways. */
        .table-scroll { overflow-x: auto; max-width: 100%; }
        @media (max-width: 40rem) { main { padding: 0.5rem; } th, td { padding: 0.25rem 0.3rem; } h1 { font-size: 1.35rem; } }
        footer { margin-top: 2rem; font-size: 0.85rem; color: #545c6b; }
        @media print { main { max-width: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
        """;
}
