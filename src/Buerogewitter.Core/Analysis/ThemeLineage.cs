using System.Globalization;

namespace Buerogewitter.Core.Analysis;

/// <summary>
/// The key that ties a theme to its predecessors in earlier waves. A theme that stands for a priority is keyed by
/// the priority (<c>p12</c>, retired: <c>s7</c>), so it is the same theme in every wave of that strategy; a
/// clustered theme is keyed by the wave and number it first appeared with (<c>w40t6</c>) and keeps that key
/// while later waves' themes match it.
/// </summary>
public static class ThemeLineage
{
    public static string Priority(long priorityId) => string.Create(CultureInfo.InvariantCulture, $"p{priorityId}");

    public static string Stale(long priorityId) => string.Create(CultureInfo.InvariantCulture, $"s{priorityId}");

    public static string Clustered(long waveId, int themeNo) => string.Create(CultureInfo.InvariantCulture, $"w{waveId}t{themeNo}");

    /// <summary>Whether the theme stands for one of the wave's current priorities.</summary>
    public static bool IsCurrentPriority(string lineageKey) => lineageKey.StartsWith('p');

    /// <summary>Whether the theme is a clustered one, labelled from its answers (free text that the gate must hold back).</summary>
    public static bool IsClustered(string lineageKey) => lineageKey.StartsWith('w');
}
