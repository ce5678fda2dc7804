namespace Buerogewitter.Web.Reports;

/// <summary>The standalone report: report.html with its chart files beside it.</summary>
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
            await File.WriteAllBytesAsync(png, chart.Png, cancellationToken);
            await File.WriteAllTextAsync(svg, chart.Svg, cancellationToken);
            written.Add(png);
            written.Add(svg);
            images.Add(new ReportImage(chart.Name, $"{chart.Name}.png", chart.AltText));
        }

        var html = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(html, ReportHtml.Render(view, language, images), cancellationToken);
        written.Insert(0, html);
        return written;
    }
}
