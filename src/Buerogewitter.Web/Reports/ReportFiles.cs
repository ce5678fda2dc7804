using Buerogewitter.Web.Cli;

namespace Buerogewitter.Web.Reports;

/// <summary>The standalone report: report.html with its chart files beside it, each written whole or not at all.</summary>
public static class ReportFiles
{
    public static async Task<IReadOnlyList<string>> WriteAsync(ReportView view, string language, string folder, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        var images = new List<ReportImage>();
        foreach (var chart in ReportCharting.Render(view, language))
        {
            var png = Path.Combine(folder, $"{chart.Name}.png");
            var svg = Path.Combine(folder, $"{chart.Name}.svg");
            await OutputFiles.WriteAsync(png, chart.Png, cancellationToken);
            await OutputFiles.WriteAsync(svg, chart.Svg, cancellationToken);
            written.Add(png);
            written.Add(svg);
            images.Add(new ReportImage(chart.Name, $"{chart.Name}.png", chart.AltText));
        }

        var html = Path.Combine(folder, "report.html");
        await OutputFiles.WriteAsync(html, await ReportHtml.RenderAsync(view, language, images), cancellationToken);
        written.Insert(0, html);
        return written;
    }
}
