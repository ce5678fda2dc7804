using ScottPlot;

namespace Buerogewitter.Analytics.Charts;

/// <summary>How one side is drawn: colour plus a second cue that survives black-and-white print.</summary>
internal sealed record SideStyle(Color Color, IHatch? Hatch, MarkerShape Marker, LinePattern Pattern);

/// <summary>Okabe–Ito colours shared with the web pages, and the per-side cues.</summary>
internal static class ChartPalette
{
    public static readonly Color InsideColor = Color.FromHex("#0072B2");
    public static readonly Color FieldColor = Color.FromHex("#D55E00");
    public static readonly Color Neutral = Color.FromHex("#999999");
    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Background = Colors.White;
    public static readonly Color Grid = Color.FromHex("#E5E5E5");

    // Blue and vermillion print as similar greys; stripes, triangles and dashes keep field apart from inside.
    public static readonly SideStyle Inside = new(InsideColor, null, MarkerShape.FilledCircle, LinePattern.Solid);
    public static readonly SideStyle Field = new(
        FieldColor, new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp), MarkerShape.FilledTriangleUp, LinePattern.Dashed);

    public static readonly Color HatchStripes = Colors.White.WithAlpha(0.6);
}
