using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Data.Reports;

namespace Buerogewitter.Web.Reports;

/// <summary>The report's sentences, shared by its HTML and the text part of its e-mail; every figure comes through the gate.</summary>
public static class ReportSentences
{
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
                ? string.Format(t.Culture, t.ClarityHidden, t.SideName(side), data.ScoreMinResponses)
                : string.Format(t.Culture, t.ClarityFormat, t.SideName(side), clarity.Value, clarity.Lower, clarity.Upper) + " "
                  + Change(t, clarity, view.Previous is { } p ? view.Value(p, side, MetricNames.ClarityIndex) : null, "0");
            if (view.Value(latest, side, MetricNames.SelfClarity) is { } self && view.Value(latest, side, MetricNames.RecallMean) is { } recall)
            {
                yield return string.Format(t.Culture, t.ConfidenceFormat, t.SideName(side), self.Value, recall.Value);
            }
        }

        var divergence = view.BothSides(latest, MetricNames.Divergence);
        yield return divergence is null
            ? string.Format(t.Culture, t.DivergenceHidden, data.TextMinResponses)
            : string.Format(t.Culture, t.DivergenceFormat, divergence.Value, divergence.Lower, divergence.Upper) + " "
              + Change(t, divergence, view.Previous is { } pw ? view.BothSides(pw, MetricNames.Divergence) : null, "0.00");
    }

    /// <summary>
    /// The report's first sentence, for a sales director rather than a statistician: whether the sides describe the
    /// strategy more or less alike than last month (a change only where the intervals do not overlap) and the
    /// priority they are furthest apart on, then one next step. The evidence follows in <see cref="Headline"/>.
    /// </summary>
    public static (string Verdict, string NextStep) Verdict(ReportView view, ReportText t, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        var v = t.Verdict;
        var divergence = view.BothSides(view.Latest, MetricNames.Divergence);
        var previous = view.Previous is { } p ? view.BothSides(p, MetricNames.Divergence) : null;
        var verdict = divergence is null ? string.Format(t.Culture, v.HiddenFormat, view.Data.TextMinResponses)
            : previous is null ? string.Format(t.Culture, v.FirstFormat, divergence.Value)
            : Overlap(divergence, previous) ? v.Same
            : divergence.Value < previous.Value ? v.Closer : v.Apart;
        // Only a priority the sides differ on beyond chance is named as the widest gap.
        var widest = Differences(view, t).FirstOrDefault(d => d.IsPriority);
        if (widest is not null)
        {
            verdict += string.Format(t.Culture, v.WidestFormat, widest.Label, widest.Inside.Value, widest.Field.Value);
        }

        // An overdue measure is the most concrete thing a manager can act on; then the widest gap; else watch.
        var next = view.Overdue.FirstOrDefault() is { } overdue
            ? string.Format(t.Culture, v.NextStepOverdueFormat, overdue.TitleIn(language), overdue.DueOn.ToDateTime(TimeOnly.MinValue))
            : widest is not null ? string.Format(t.Culture, v.NextStepDiscussFormat, widest.Label) : v.NextStepWatch;
        return (verdict, $"{v.NextStepLabel} {next}");
    }

    private static bool Overlap(MetricValue current, MetricValue previous) =>
        current.Lower is null || previous.Lower is null || (current.Lower <= previous.Upper && previous.Lower <= current.Upper);

    private static string Change(ReportText t, MetricValue current, MetricValue? previous, string number)
    {
        if (previous is null || current.Lower is null || previous.Lower is null)
        {
            return previous is null ? t.NoPrevious : "";
        }

        // Overlapping intervals: the report does not call noise a change.
        var direction = Overlap(current, previous) ? t.Noise : current.Value > previous.Value ? t.ChangeUp : t.ChangeDown;
        return string.Format(t.Culture, $"({{0}}: {{1:{number}}} → {{2:{number}}})", direction, previous.Value, current.Value);
    }

    /// <summary>
    /// What one side names clearly more often than the other: each current priority and each other theme, with the
    /// sides' counts compared by Fisher's exact test and the p-values adjusted for testing them all (Holm); only a
    /// difference below 0.05 after adjustment is a sentence. With ten answers a side that takes about 60 against
    /// 10 percent, so small groups are not read into.
    /// </summary>
    public static IEnumerable<string> Stresses(ReportView view, ReportText t)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        foreach (var difference in Differences(view, t))
        {
            yield return difference.Inside.Value > difference.Field.Value
                ? string.Format(t.Culture, t.StressesFormat, t.Inside, difference.Label, difference.Inside.Value, difference.Field.Value)
                : string.Format(t.Culture, t.StressesFormat, t.Field, difference.Label, difference.Field.Value, difference.Inside.Value);
        }
    }

    private sealed record Difference(string Label, bool IsPriority, MetricValue Inside, MetricValue Field);

    // Significance level of the adjusted p-values.
    private const double Alpha = 0.05;

    private static List<Difference> Differences(ReportView view, ReportText t)
    {
        var english = IsEnglish(t);
        var rows = view.Data.Priorities
            .Select(p => (Label: english ? p.English : p.German, IsPriority: true, Metric: MetricNames.Priority(p.Id)))
            .Concat(view.OtherThemes.Select(theme => (Label: ThemeName(view, t, theme), IsPriority: false, Metric: MetricNames.ThemeShare(theme.ThemeNo - 1))))
            .Select(r => (r.Label, r.IsPriority, Inside: view.Value(view.Latest, "inside", r.Metric), Field: view.Value(view.Latest, "field", r.Metric)))
            .Where(r => r.Inside is { N: > 0 } && r.Field is { N: > 0 })
            .Select(r => new Difference(r.Label, r.IsPriority, r.Inside!, r.Field!))
            .ToList();
        var adjusted = FisherExact.Holm([.. rows.Select(r => FisherExact.TwoSided(Count(r.Inside), r.Inside.N, Count(r.Field), r.Field.N))]);
        return [.. rows.Where((_, i) => adjusted[i] < Alpha).OrderByDescending(r => Math.Abs(r.Inside.Value - r.Field.Value))];
    }

    private static int Count(MetricValue share) => (int)Math.Round(share.Value * share.N);

    private static bool IsEnglish(ReportText t) => t.Culture.TwoLetterISOLanguageName == "en";

    /// <summary>The theme's masked label, or its number where the gate holds the label back.</summary>
    public static string ThemeName(ReportView view, ReportText t, ReportTheme theme)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        return view.Label(theme, IsEnglish(t)) ?? string.Format(t.Culture, t.UnlabelledThemeFormat, theme.ThemeNo);
    }
}
