using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Analytics.Charts;

/// <summary>How a chart is rendered: language "de" or "en" and pixel size.</summary>
public sealed record ChartOptions(string Language, int Width = 800, int Height = 450);

/// <summary>One rendered chart: a stable name (e.g. "theme-shares"), PNG, SVG and a one-sentence alt text.</summary>
public sealed record RenderedChart(string Name, byte[] Png, string Svg, string AltText);

/// <summary>
/// A labelled row with one share (0–1) per side, e.g. a theme or a priority.
/// A null share was suppressed by the anonymity rules and is not drawn.
/// </summary>
public sealed record SideShares(string Label, double? Inside, double? Field);

/// <summary>
/// One wave's headline metrics for the trend charts. Divergence is 0–1, clarity 0–100,
/// response rates 0–1; null means suppressed.
/// </summary>
public sealed record WaveMetrics(
    string Wave,
    Interval? Divergence,
    Interval? ClarityInside,
    Interval? ClarityField,
    double? ResponseRateInside,
    double? ResponseRateField);

/// <summary>Perception gap of one Likert item: inside mean − field mean with its interval; null means suppressed.</summary>
public sealed record LikertGap(string Item, Interval? Gap);

/// <summary>
/// Before/after difference (after − before) of one measure with its interval; null means suppressed.
/// All measures share one axis, so pass them on a common scale (e.g. points on 0–100).
/// </summary>
public sealed record MeasureChange(string Measure, Interval? Difference);
