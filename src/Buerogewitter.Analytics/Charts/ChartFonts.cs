using ScottPlot;
using SkiaSharp;

namespace Buerogewitter.Analytics.Charts;

/// <summary>
/// Registers DejaVu Sans, shipped inside this assembly, with ScottPlot once per process. ScottPlot
/// draws no text at all, without an error, when it finds no font; a font read from the system would
/// tie every chart to one distribution's font folder (Windows, a common SQL Server host, has none).
/// </summary>
internal static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    public const string RegularResource = "DejaVuSans.ttf";

    public const string BoldResource = "DejaVuSans-Bold.ttf";

    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>The embedded font file's bytes, for the regular or the bold face.</summary>
    public static byte[] Read(string resource)
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Chart font '{resource}' is not embedded in {typeof(ChartFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Register()
    {
        // First in the list, so a system font of the same name never takes its place.
        Fonts.FontResolvers.Insert(0, new EmbeddedResolver(Read(RegularResource), Read(BoldResource)));
        Fonts.Default = Family;
        return true;
    }

    private sealed class EmbeddedResolver(byte[] regularFace, byte[] boldFace) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        // DejaVu Sans has no italic here: a slanted request gets the upright face rather than a system font.
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        {
            if (!string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            using var data = SKData.CreateCopy(bold ? boldFace : regularFace);
            return SKTypeface.FromData(data);
        }
    }
}
