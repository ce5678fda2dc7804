using System.Text;
using System.Text.RegularExpressions;
using Buerogewitter.Web.Templates;

namespace Buerogewitter.Web.Reports;

/// <summary>An image the report shows: where it is (a file name or a cid: for e-mail) and its alt text.</summary>
public sealed record ReportImage(string Name, string Source, string AltText);

/// <summary>
/// The monthly report as one self-contained HTML document (<see cref="ReportDocument"/>). The same HTML is the
/// e-mail body (images as cid: parts), the standalone file (images next to it) and the app's report page.
/// </summary>
public static partial class ReportHtml
{
    public static Task<string> RenderAsync(ReportView view, string language, IReadOnlyList<ReportImage> images, string? backLink = null) =>
        HtmlTemplate.RenderAsync<ReportDocument, ReportDocumentModel>(new ReportDocumentModel(view, language, images, backLink));

    /// <summary>
    /// The report as one file, charts inline as SVG data: URIs — for the dashboard. SVG scales to the width of a
    /// phone without blurring; mail keeps PNG, which every mail client shows.
    /// </summary>
    public static Task<string> StandaloneAsync(ReportView view, string language, string? backLink = null) => RenderAsync(view, language, ReportCharting.Render(view, language)
        .Select(chart => new ReportImage(chart.Name, $"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(ScalableSvg(chart.Svg)))}", chart.AltText))
        .ToList(), backLink);

    /// <summary>
    /// The chart library writes a fixed width and height but no viewBox, so the drawing would be cut, not scaled,
    /// in a narrower box; the viewBox made from those sizes lets it scale.
    /// </summary>
    public static string ScalableSvg(string svg)
    {
        var root = SvgRoot().Match(svg);
        return root.Success && !root.Value.Contains("viewBox", StringComparison.Ordinal)
            ? svg.Insert(root.Index + "<svg".Length, $" viewBox=\"0 0 {root.Groups["w"].Value} {root.Groups["h"].Value}\"")
            : svg;
    }

    [GeneratedRegex("""<svg[^>]*?\swidth="(?<w>[0-9.]+)"[^>]*?\sheight="(?<h>[0-9.]+)"[^>]*>""")]
    private static partial Regex SvgRoot();

    /// <summary>The report's headline as plain text, for the text part of the e-mail.</summary>
    public static string Headline(ReportView view, string language)
    {
        var t = ReportText.For(language);
        var (verdict, next) = ReportSentences.Verdict(view, t, language);
        return string.Join("\n", [$"{t.Title} – {view.Data.OrganisationName}", "", verdict, next, "", .. ReportSentences.Headline(view, t).Select(s => $"• {s}")]) + "\n";
    }
}
