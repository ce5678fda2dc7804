using Buerogewitter.Core.Metrics;
using ScottPlot;

namespace Buerogewitter.Analytics.Charts;

/// <summary>The building blocks every chart shares: page style, category axes, side series, notes and rendering.</summary>
internal static class ChartCanvas
{
    private const float TitleSize = 17;
    private const float LabelSize = 14;
    private const float TickSize = 13;
    public const float ValueSize = 12;

    public static Plot Create(string title)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Axes.Color(ChartPalette.Ink);
        plot.Title(title, TitleSize);
        // Room for the half of the last x tick label that overhangs the data area.
        plot.Axes.Right.MinimumSize = 28;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.Label.FontSize = LabelSize;
        }

        return plot;
    }

    public static RenderedChart Render(Plot plot, string name, string altText, ChartOptions options)
    {
        using (plot)
        {
            var png = plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png);
            var svg = plot.GetSvgXml(options.Width, options.Height);
            return new RenderedChart(name, png, svg, altText);
        }
    }

    /// <summary>Puts the axis title and, when something was suppressed, the anonymity note under the x axis.</summary>
    public static void BottomLabel(Plot plot, ChartTexts texts, string label, bool anyHidden, int minResponses)
    {
        plot.XLabel(anyHidden ? $"{label}\n{string.Format(texts.Culture, texts.HiddenNote, minResponses)}" : label, LabelSize);
    }

    /// <summary>Rows listed top to bottom on the left axis; row i sits at y = count − 1 − i.</summary>
    public static void RowLabels(Plot plot, IReadOnlyList<string> labels)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)(labels.Count - 1 - i)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels.Select(Fit).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, labels.Count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    public static void WaveLabels(Plot plot, IReadOnlyList<string> waves)
    {
        var positions = Enumerable.Range(0, waves.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, waves.ToArray());
        plot.Axes.SetLimitsX(-0.4, waves.Count - 0.6);
        plot.Grid.XAxisStyle.IsVisible = false;
    }

    public static void NumberTicks(IAxis axis, Func<double, string> format) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = format };

    /// <summary>
    /// Fits a row label into the left margin at 800 px: wraps at word boundaries into two lines of about
    /// 32 characters and ends with an ellipsis beyond that, because German compounds make long statements.
    /// </summary>
    public static string Fit(string text)
    {
        const int lineLength = 32;
        const int maxLines = 2;
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > lineLength)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : $"{current} {word}";
            }
        }

        lines.Add(current);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > lineLength)
            {
                lines[i] = string.Concat(lines[i].AsSpan(0, lineLength - 1), "…");
            }
        }

        if (lines.Count > maxLines)
        {
            var last = lines[maxLines - 1];
            lines = [.. lines.Take(maxLines - 1), last.Length >= lineLength ? string.Concat(last.AsSpan(0, lineLength - 1), "…") : last + " …"];
        }

        return string.Join('\n', lines);
    }

    /// <summary>Draws inside and field bars for each row (inside above field) with direct percentage labels.</summary>
    public static bool AddSideBars(Plot plot, ChartTexts texts, IReadOnlyList<SideShares> rows)
    {
        var bars = new List<Bar>();
        var anyHidden = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i;
            anyHidden |= AddBar(bars, texts, rows[i].Inside, y + 0.2, ChartPalette.Inside);
            anyHidden |= AddBar(bars, texts, rows[i].Field, y - 0.2, ChartPalette.Field);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = ValueSize;
        var max = rows.SelectMany(r => new[] { r.Inside ?? 0, r.Field ?? 0 }).DefaultIfEmpty(0).Max();
        // Room to the right of the longest bar for its label.
        plot.Axes.SetLimitsX(0, Math.Max(max, 0.05) * 1.18);
        NumberTicks(plot.Axes.Bottom, texts.Percent);
        SideLegend(plot, texts, asBars: true);
        return anyHidden;
    }

    private static bool AddBar(List<Bar> bars, ChartTexts texts, double? share, double position, SideStyle style)
    {
        if (share is not { } value)
        {
            return true;
        }

        bars.Add(new Bar
        {
            Position = position,
            Value = value,
            Size = 0.38,
            Orientation = Orientation.Horizontal,
            FillColor = style.Color,
            FillHatch = style.Hatch,
            FillHatchColor = ChartPalette.HatchStripes,
            LineColor = style.Color,
            Label = texts.Percent(value),
        });
        return false;
    }

    /// <summary>One side's values over the waves as a line, with an interval band; suppressed waves leave a gap.</summary>
    public static void AddSideSeries(Plot plot, IReadOnlyList<Interval?> values, SideStyle style, bool band)
    {
        foreach (var run in Runs(values))
        {
            var xs = run.Select(p => (double)p.X).ToArray();
            if (band)
            {
                var fill = plot.Add.FillY(xs, run.Select(p => p.Value.Lower).ToArray(), run.Select(p => p.Value.Upper).ToArray());
                fill.FillColor = style.Color.WithAlpha(0.12);
                fill.FillHatch = style.Hatch;
                fill.FillHatchColor = style.Color.WithAlpha(0.55);
                fill.LineWidth = 0;
            }

            var line = plot.Add.Scatter(xs, run.Select(p => p.Value.Estimate).ToArray(), style.Color);
            line.LineWidth = 2.5f;
            line.LinePattern = style.Pattern;
            line.MarkerShape = style.Marker;
            line.MarkerSize = 10;
        }
    }

    /// <summary>Consecutive non-suppressed points; a line must not bridge a hidden wave.</summary>
    private static IEnumerable<List<(int X, Interval Value)>> Runs(IReadOnlyList<Interval?> values)
    {
        var run = new List<(int X, Interval Value)>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                run.Add((i, value));
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>A legend entry per side that the chart draws (an entry without bars reads as missing data).</summary>
    public static void SideLegend(Plot plot, ChartTexts texts, bool asBars, bool inside = true, bool field = true)
    {
        if (inside) plot.Legend.ManualItems.Add(SideItem(texts.Inside, ChartPalette.Inside, asBars));
        if (field) plot.Legend.ManualItems.Add(SideItem(texts.Field, ChartPalette.Field, asBars));
        LegendBelow(plot);
    }

    /// <summary>The legend sits outside the data area, so it never covers a bar or a line.</summary>
    public static void LegendBelow(Plot plot)
    {
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = LabelSize;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.Margin = new PixelPadding(0);
        plot.ShowLegend(Edge.Bottom);
    }

    private static LegendItem SideItem(string label, SideStyle style, bool asBar) => asBar
        ? new LegendItem
        {
            LabelText = label,
            FillColor = style.Color,
            FillHatch = style.Hatch,
            FillHatchColor = ChartPalette.HatchStripes,
            OutlineColor = style.Color,
        }
        : new LegendItem
        {
            LabelText = label,
            LineColor = style.Color,
            LineWidth = 2.5f,
            LinePattern = style.Pattern,
            MarkerShape = style.Marker,
            MarkerFillColor = style.Color,
            MarkerLineColor = style.Color,
            MarkerSize = 10,
        };
}
