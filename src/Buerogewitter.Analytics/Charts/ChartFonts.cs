namespace Buerogewitter.Analytics.Charts;

/// <summary>
/// Registers DejaVu Sans with ScottPlot once per process. ScottPlot draws no text at all, without
/// an error, when it finds no font, so a missing font file must fail loudly instead.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    // Loaded from the Debian package fonts-dejavu-core (installed in CI and in the Dockerfile)
    // rather than committed: no binaries in the repository, and the distro keeps the font updated.
    private const string Directory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        ScottPlot.Fonts.AddFontFile(Family, FontFile("DejaVuSans.ttf"), bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Family, FontFile("DejaVuSans-Bold.ttf"), bold: true, italic: false);
        ScottPlot.Fonts.Default = Family;
        return true;
    }

    private static string FontFile(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chart font '{path}' is missing; install the Debian package fonts-dejavu-core. " +
                "Without it ScottPlot silently renders charts without any text.");
    }
}
