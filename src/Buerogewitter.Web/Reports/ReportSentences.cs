using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Reports;

namespace Buerogewitter.Web.Reports;

/// <summary>The report's sentences, shared by its HTML and the text part of its e-mail; every figure comes through the gate.</summary>
public static class ReportSentences
{
    private const double StressThreshold = 0.15;

    public static IEnumerable<string> Headline(ReportView view, ReportText t)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        var data = view.Data;
        var latest = view.Latest;
        foreach (var side in new[] { "inside", "field" })
        {
            var clarity = view.Value(latest, side, MetricNames.ClarityIndex);
            yield return clarity is null
                ? t.Format(t.ClarityHidden, t.SideName(side), data.ScoreMinResponses)
                : t.Format(t.ClarityFormat, t.SideName(side), clarity.Value, clarity.Lower, clarity.Upper) + " "
                  + Change(t, clarity, view.Previous is { } p ? view.Value(p, side, MetricNames.ClarityIndex) : null, "0");
            if (view.Value(latest, side, MetricNames.SelfClarity) is { } self && view.Value(latest, side, MetricNames.RecallMean) is { } recall)
            {
                yield return t.Format(t.ConfidenceFormat, t.SideName(side), self.Value, recall.Value);
            }
        }

        var divergence = view.BothSides(latest, MetricNames.Divergence);
        yield return divergence is null
            ? t.Format(t.DivergenceHidden, data.TextMinResponses)
            : t.Format(t.DivergenceFormat, divergence.Value, divergence.Lower, divergence.Upper) + " "
              + Change(t, divergence, view.Previous is { } pw ? view.BothSides(pw, MetricNames.Divergence) : null, "0.00");
    }

    private static string Change(ReportText t, MetricValue current, MetricValue? previous, string number)
    {
        if (previous is null || current.Lower is null || previous.Lower is null)
        {
            return previous is null ? t.NoPrevious : "";
        }

        // Overlapping intervals: the report does not call noise a change.
        var overlap = current.Lower <= previous.Upper && previous.Lower <= current.Upper;
        var direction = overlap ? t.Noise : current.Value > previous.Value ? t.ChangeUp : t.ChangeDown;
        return t.Format($"({{0}}: {{1:{number}}} → {{2:{number}}})", direction, previous.Value, current.Value);
    }

    public static IEnumerable<string> Stresses(ReportView view, ReportText t)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        foreach (var theme in view.Data.Themes)
        {
            var inside = view.Value(view.Latest, "inside", MetricNames.ThemeShare(theme.ThemeNo - 1));
            var field = view.Value(view.Latest, "field", MetricNames.ThemeShare(theme.ThemeNo - 1));
            if (inside is null || field is null)
            {
                continue;
            }

            if (inside.Value - field.Value >= StressThreshold)
            {
                yield return t.Format(t.StressesFormat, t.Inside, ThemeName(view, t, theme), inside.Value, field.Value);
            }
            else if (field.Value - inside.Value >= StressThreshold)
            {
                yield return t.Format(t.StressesFormat, t.Field, ThemeName(view, t, theme), field.Value, inside.Value);
            }
        }
    }

    /// <summary>The theme's masked label, or its number where the gate holds the label back.</summary>
    public static string ThemeName(ReportView view, ReportText t, ReportTheme theme)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        return view.Label(theme) ?? t.Format(t.UnlabelledThemeFormat, theme.ThemeNo);
    }
}
