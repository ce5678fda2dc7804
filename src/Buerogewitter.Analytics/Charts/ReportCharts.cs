using Buerogewitter.Core.Metrics;
using ScottPlot;

namespace Buerogewitter.Analytics.Charts;

/// <summary>
/// The monthly report's charts as pure functions: data in, PNG and SVG out. A null value was suppressed
/// by the anonymity rules; it is not drawn and the chart carries a note naming <c>minResponses</c>.
/// </summary>
public static class ReportCharts
{
    private static readonly SideStyle Divergence = new(ChartPalette.Ink, null, MarkerShape.FilledDiamond, LinePattern.Solid);

    /// <summary>Theme shares per side side by side, with the Jensen–Shannon divergence and its interval in the title.</summary>
    public static RenderedChart ThemeShares(IReadOnlyList<SideShares> themes, Interval? divergence, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var texts = Texts(options);
        var divergenceText = divergence is null ? null : $"{texts.Divergence} {texts.WithInterval(divergence)}";
        var plot = ChartCanvas.Create(divergenceText is null ? texts.ThemeSharesTitle : $"{texts.ThemeSharesTitle} · {divergenceText}");
        ChartCanvas.RowLabels(plot, [.. themes.Select(t => t.Label)]);
        var anyHidden = ChartCanvas.AddSideBars(plot, texts, themes) | divergence is null;
        ChartCanvas.BottomLabel(plot, texts, texts.ShareOfAnswers, anyHidden, minResponses);
        var alt = string.Format(texts.Culture, texts.ThemeSharesAlt, divergenceText ?? string.Format(texts.Culture, texts.HiddenNote, minResponses));
        return ChartCanvas.Render(plot, "theme-shares", alt, options);
    }

    /// <summary>Divergence between the sides per wave, with its 95% interval as a band.</summary>
    public static RenderedChart DivergenceTrend(IReadOnlyList<WaveMetrics> waves, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(waves);
        var texts = Texts(options);
        var plot = ChartCanvas.Create(texts.DivergenceTrendTitle);
        ChartCanvas.AddSideSeries(plot, [.. waves.Select(w => w.Divergence)], Divergence, band: true);
        ChartCanvas.WaveLabels(plot, [.. waves.Select(w => w.Wave)]);
        var upper = waves.Select(w => w.Divergence?.Upper ?? 0).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, Math.Max(upper, 0.05) * 1.15);
        ChartCanvas.NumberTicks(plot.Axes.Left, texts.Number);
        plot.YLabel(texts.Divergence);
        ChartCanvas.BottomLabel(plot, texts, texts.Wave, waves.Any(w => w.Divergence is null), minResponses);
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = texts.Divergence,
            LineColor = Divergence.Color,
            LineWidth = 2.5f,
            MarkerShape = Divergence.Marker,
            MarkerFillColor = Divergence.Color,
            MarkerLineColor = Divergence.Color,
            MarkerSize = 10,
        });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.Interval95, FillColor = Divergence.Color.WithAlpha(0.15) });
        ChartCanvas.LegendBelow(plot);
        return ChartCanvas.Render(plot, "divergence-trend", string.Format(texts.Culture, texts.DivergenceTrendAlt, waves.Count), options);
    }

    /// <summary>Clarity index (0–100) per side and wave, each with its 95% interval as a band.</summary>
    public static RenderedChart ClarityTrend(IReadOnlyList<WaveMetrics> waves, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(waves);
        var texts = Texts(options);
        var plot = ChartCanvas.Create(texts.ClarityTrendTitle);
        ChartCanvas.AddSideSeries(plot, [.. waves.Select(w => w.ClarityInside)], ChartPalette.Inside, band: true);
        ChartCanvas.AddSideSeries(plot, [.. waves.Select(w => w.ClarityField)], ChartPalette.Field, band: true);
        ChartCanvas.WaveLabels(plot, [.. waves.Select(w => w.Wave)]);
        plot.Axes.SetLimitsY(0, 100);
        ChartCanvas.NumberTicks(plot.Axes.Left, v => v.ToString("0", texts.Culture));
        plot.YLabel(texts.ClarityAxis);
        var anyHidden = waves.Any(w => w.ClarityInside is null || w.ClarityField is null);
        ChartCanvas.BottomLabel(plot, texts, texts.Wave, anyHidden, minResponses);
        ChartCanvas.SideLegend(plot, texts, asBars: false);
        return ChartCanvas.Render(plot, "clarity-trend", string.Format(texts.Culture, texts.ClarityTrendAlt, waves.Count), options);
    }

    /// <summary>Share of each side naming each official priority, plus the share naming none.</summary>
    public static RenderedChart PriorityRecall(IReadOnlyList<SideShares> priorities, double? noneInside, double? noneField, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        var texts = Texts(options);
        var plot = ChartCanvas.Create(texts.PriorityRecallTitle);
        List<SideShares> rows = [.. priorities, new SideShares(texts.NamesNone, noneInside, noneField)];
        ChartCanvas.RowLabels(plot, [.. rows.Select(r => r.Label)]);
        var anyHidden = ChartCanvas.AddSideBars(plot, texts, rows);
        // "Names none" is the bottom row (y = 0); a rule sets it apart from the priorities.
        plot.Add.HorizontalLine(0.5, 1, ChartPalette.Neutral, LinePattern.Dotted);
        ChartCanvas.BottomLabel(plot, texts, texts.ShareOfAnswers, anyHidden, minResponses);
        return ChartCanvas.Render(plot, "priority-recall", string.Format(texts.Culture, texts.PriorityRecallAlt, priorities.Count), options);
    }

    /// <summary>Diverging bars of inside mean − field mean per Likert item, with interval whiskers and a zero line.</summary>
    public static RenderedChart PerceptionGap(IReadOnlyList<LikertGap> items, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        var texts = Texts(options);
        var plot = ChartCanvas.Create(texts.PerceptionGapTitle);
        ChartCanvas.RowLabels(plot, [.. items.Select(i => i.Item)]);
        var shown = Shown(items.Select(i => i.Gap));
        var bars = shown.Select(p =>
        {
            var style = p.Value.Estimate >= 0 ? ChartPalette.Inside : ChartPalette.Field;
            return new Bar
            {
                Position = p.Y,
                Value = p.Value.Estimate,
                Size = 0.6,
                Orientation = Orientation.Horizontal,
                FillColor = style.Color,
                FillHatch = style.Hatch,
                FillHatchColor = ChartPalette.HatchStripes,
                LineColor = style.Color,
            };
        });
        plot.Add.Bars(bars.ToArray());
        AddWhiskers(plot, shown, ChartPalette.Ink, LinePattern.Solid);
        AddValueLabels(plot, texts, shown);
        plot.Add.VerticalLine(0, 1.5f, ChartPalette.Ink);
        SymmetricX(plot, shown);
        ChartCanvas.NumberTicks(plot.Axes.Bottom, texts.Signed);
        ChartCanvas.BottomLabel(plot, texts, texts.PerceptionGapAxis, shown.Count < items.Count, minResponses);
        // A bar takes the colour of the side that agrees more; only those colours need a legend entry.
        ChartCanvas.SideLegend(plot, texts, asBars: true, inside: shown.Any(p => p.Value.Estimate >= 0), field: shown.Any(p => p.Value.Estimate < 0));
        return ChartCanvas.Render(plot, "perception-gap", string.Format(texts.Culture, texts.PerceptionGapAlt, items.Count), options);
    }

    /// <summary>Response rate (0–1) per side over the waves.</summary>
    public static RenderedChart ResponseRates(IReadOnlyList<WaveMetrics> waves, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(waves);
        var texts = Texts(options);
        var plot = ChartCanvas.Create(texts.ResponseRateTitle);
        ChartCanvas.AddSideSeries(plot, [.. waves.Select(w => Point(w.ResponseRateInside))], ChartPalette.Inside, band: false);
        ChartCanvas.AddSideSeries(plot, [.. waves.Select(w => Point(w.ResponseRateField))], ChartPalette.Field, band: false);
        ChartCanvas.WaveLabels(plot, [.. waves.Select(w => w.Wave)]);
        plot.Axes.SetLimitsY(0, 1.05);
        ChartCanvas.NumberTicks(plot.Axes.Left, texts.Percent);
        plot.YLabel(texts.ResponseRateAxis);
        var anyHidden = waves.Any(w => w.ResponseRateInside is null || w.ResponseRateField is null);
        ChartCanvas.BottomLabel(plot, texts, texts.Wave, anyHidden, minResponses);
        ChartCanvas.SideLegend(plot, texts, asBars: false);
        return ChartCanvas.Render(plot, "response-rates", string.Format(texts.Culture, texts.ResponseRateAlt, waves.Count), options);
    }

    /// <summary>
    /// Before/after differences as dots with 95% whiskers and a zero line; an interval covering zero is drawn
    /// grey, open and dashed, because such a change is not distinguishable from noise.
    /// </summary>
    public static RenderedChart BeforeAfter(IReadOnlyList<MeasureChange> measures, int minResponses, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var texts = Texts(options);
        var plot = ChartCanvas.Create(texts.BeforeAfterTitle);
        ChartCanvas.RowLabels(plot, [.. measures.Select(m => m.Measure)]);
        var shown = Shown(measures.Select(m => m.Difference));
        var clear = shown.Where(p => !p.Value.CoversZero).ToList();
        var noise = shown.Where(p => p.Value.CoversZero).ToList();
        plot.Add.VerticalLine(0, 1.5f, ChartPalette.Ink);
        AddWhiskers(plot, clear, ChartPalette.Ink, LinePattern.Solid);
        AddWhiskers(plot, noise, ChartPalette.Neutral, LinePattern.Dashed);
        AddDots(plot, clear, MarkerShape.FilledDiamond, ChartPalette.Ink);
        AddDots(plot, noise, MarkerShape.OpenCircle, ChartPalette.Neutral);
        AddValueLabels(plot, texts, shown);
        SymmetricX(plot, shown);
        ChartCanvas.NumberTicks(plot.Axes.Bottom, texts.Signed);
        ChartCanvas.BottomLabel(plot, texts, texts.BeforeAfterAxis, shown.Count < measures.Count, minResponses);
        plot.Legend.ManualItems.Add(DotItem(texts.Distinguishable, MarkerShape.FilledDiamond, ChartPalette.Ink, LinePattern.Solid));
        plot.Legend.ManualItems.Add(DotItem(texts.Noise, MarkerShape.OpenCircle, ChartPalette.Neutral, LinePattern.Dashed));
        ChartCanvas.LegendBelow(plot);
        var alt = string.Format(texts.Culture, texts.BeforeAfterAlt, measures.Count, noise.Count);
        return ChartCanvas.Render(plot, "before-after", alt, options);
    }

    private static ChartTexts Texts(ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ChartTexts.For(options.Language);
    }

    private static Interval? Point(double? value) => value is { } v ? new Interval(v, v, v) : null;

    /// <summary>The rows that are not suppressed, with their y position (first row on top).</summary>
    private static List<(double Y, Interval Value)> Shown(IEnumerable<Interval?> values)
    {
        var list = values.ToList();
        return [.. list.Select((v, i) => (Y: (double)(list.Count - 1 - i), Value: v)).Where(p => p.Value is not null).Select(p => (p.Y, p.Value!))];
    }

    private static void AddWhiskers(Plot plot, List<(double Y, Interval Value)> rows, Color color, LinePattern pattern)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var whiskers = plot.Add.ErrorBar(
            [.. rows.Select(r => r.Value.Estimate)], [.. rows.Select(r => r.Y)], [.. rows.Select(_ => 0.0)]);
        whiskers.XErrorPositive = [.. rows.Select(r => r.Value.Upper - r.Value.Estimate)];
        whiskers.XErrorNegative = [.. rows.Select(r => r.Value.Estimate - r.Value.Lower)];
        whiskers.YErrorPositive = null;
        whiskers.YErrorNegative = null;
        whiskers.LineColor = color;
        whiskers.LinePattern = pattern;
        whiskers.LineWidth = 2;
        whiskers.CapSize = 8;
    }

    private static void AddDots(Plot plot, List<(double Y, Interval Value)> rows, MarkerShape shape, Color color)
    {
        foreach (var (y, value) in rows)
        {
            var marker = plot.Add.Marker(value.Estimate, y, shape, 14, color);
            marker.MarkerLineWidth = 2;
        }
    }

    /// <summary>Writes "estimate [lower–upper]" just beyond the whisker, on the side the value points to.</summary>
    private static void AddValueLabels(Plot plot, ChartTexts texts, List<(double Y, Interval Value)> rows)
    {
        foreach (var (y, value) in rows)
        {
            var positive = value.Estimate >= 0;
            var label = plot.Add.Text(texts.WithInterval(value, signed: true), positive ? value.Upper : value.Lower, y);
            label.Alignment = positive ? Alignment.MiddleLeft : Alignment.MiddleRight;
            label.OffsetX = positive ? 6 : -6;
            label.LabelFontSize = ChartCanvas.ValueSize;
            label.LabelFontColor = ChartPalette.Ink;
        }
    }

    /// <summary>
    /// Zero in the middle, so left and right read as equally large, with room for the value labels: a label such as
    /// "+0,08 [−0,65; 0,82]" takes about a quarter of the plot's width beyond the whisker it starts at, so the axis
    /// reaches 2.3 times the farthest whisker (at 1.9 the longest labels were cut off at the edge).
    /// </summary>
    private static void SymmetricX(Plot plot, List<(double Y, Interval Value)> rows)
    {
        var reach = rows.SelectMany(r => new[] { Math.Abs(r.Value.Lower), Math.Abs(r.Value.Upper) }).DefaultIfEmpty(1).Max();
        var limit = Math.Max(reach, 0.1) * 2.3;
        plot.Axes.SetLimitsX(-limit, limit);
    }

    private static LegendItem DotItem(string label, MarkerShape shape, Color color, LinePattern pattern) => new()
    {
        LabelText = label,
        LineColor = color,
        LineWidth = 2,
        LinePattern = pattern,
        MarkerShape = shape,
        MarkerFillColor = color,
        MarkerLineColor = color,
        MarkerSize = 12,
    };
}
