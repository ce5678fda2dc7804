using Buerogewitter.Web.Templates;

namespace Buerogewitter.Web.Reports;

/// <summary>An image the report shows: where it is (a file name or a cid: for e-mail) and its alt text.</summary>
public sealed record ReportImage(string Name, string Source, string AltText);

/// <summary>
/// The monthly report as one self-contained HTML document (<see cref="ReportDocument"/>). The same HTML is the
/// e-mail body (images as cid: parts), the standalone file (images next to it) and the app's report page.
/// </summary>
public static class ReportHtml
{
    public static Task<string> RenderAsync(ReportView view, string language, IReadOnlyList<ReportImage> images) =>
        HtmlTemplate.RenderAsync<ReportDocument, ReportDocumentModel>(new ReportDocumentModel(view, language, images));

    /// <summary>The report as one file, charts inline as data: URIs — for downloads and the dashboard.</summary>
    public static Task<string> StandaloneAsync(ReportView view, string language) => RenderAsync(view, language, ReportCharting.Render(view, language)
        .Select(chart => new ReportImage(chart.Name, $"data:image/png;base64,{Convert.ToBase64String(chart.Png)}", chart.AltText))
        .ToList());

    /// <summary>The report's headline as plain text, for the text part of the e-mail.</summary>
    public static string Headline(ReportView view, string language)
    {
        var t = ReportText.For(language);
        return string.Join("\n", [$"{t.Title} – {view.Data.OrganisationName}", "", .. ReportSentences.Headline(view, t).Select(s => $"• {s}")]) + "\n";
    }
}
