using Buerogewitter.Analytics.Charts;

namespace Buerogewitter.Tests.Charts;

/// <summary>Writes rendered charts to TestResults/charts/ at the repository root, for a person to look at.</summary>
internal static class ChartFiles
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Buerogewitter.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory ?? throw new InvalidOperationException("Buerogewitter.sln not found above the test binaries.");
        return Directory.CreateDirectory(Path.Combine(root.FullName, "TestResults", "charts")).FullName;
    });

    public static void Write(RenderedChart chart, string suffix)
    {
        var path = Path.Combine(Folder.Value, $"{chart.Name}-{suffix}");
        File.WriteAllBytes($"{path}.png", chart.Png);
        File.WriteAllText($"{path}.svg", chart.Svg);
    }
}
