using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Workshops;

namespace Buerogewitter.Web.Reports;

/// <summary>
/// The report's numbers and texts after the anonymity gate: every figure, theme label and quote the
/// report, its charts and the dashboard show comes through here, so nothing can bypass the thresholds.
/// </summary>
public sealed class ReportView
{
    /// <summary>How many of the latest waves the report shows.</summary>
    public const int ShownWaves = 12;

    private readonly MetricGate gate;

    private readonly QuoteMasker masker;

    public ReportView(ReportData data)
    {
        Data = data;
        gate = new MetricGate(new AnonymityThresholds(data.ScoreMinResponses, data.TextMinResponses), [.. data.Waves.Select(w => w.Metrics)]);
        masker = new QuoteMasker(data.PersonNames);
        Waves = [.. data.Waves.TakeLast(ShownWaves)];
        Measures = data.Workshop is { } workshop
            ? FollowThroughView.Build(workshop.Record, workshop.Checks, new AnonymityThresholds(data.ScoreMinResponses, data.ScoreMinResponses))
            : [];
    }

    /// <summary>The latest workshop's measures with each side's gated follow-through per wave; empty without a workshop.</summary>
    public IReadOnlyList<MeasureHistory> Measures { get; }

    /// <summary>Measures past their due date on the report's day and neither done nor dropped.</summary>
    public IEnumerable<WorkshopMeasure> Overdue => Measures.Select(h => h.Measure).Where(m => m.IsOverdue(Data.AsOf));

    public ReportData Data { get; }

    /// <summary>The waves the report shows, oldest first.</summary>
    public IReadOnlyList<ReportWave> Waves { get; }

    public ReportWave Latest => Waves[^1];

    public ReportWave? Previous => Waves.Count > 1 ? Waves[^2] : null;

    /// <summary>A figure of one side (or <see cref="MetricNames.AllSides"/>), or null when the gate hides it.</summary>
    public MetricValue? Value(ReportWave wave, string side, string metric) => gate.Value(Index(wave), side, metric);

    /// <summary>A figure over both sides: shown only when both sides are.</summary>
    public MetricValue? BothSides(ReportWave wave, string metric) => Value(wave, MetricNames.AllSides, metric);

    /// <summary>Whether the latest wave's themes may show their quotes (both sides at the text threshold).</summary>
    public bool QuotesShown => gate.TextShown(Index(Latest), []);

    /// <summary>
    /// A theme's label. A clustered theme's label is made of the words of its answers, so it is free text and obeys
    /// the rules of quotes: masked, and null below the text threshold. A priority theme's label is the priority.
    /// </summary>
    public string? Label(ReportTheme theme, bool english)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (!theme.LabelIsFreeText) return english && theme.LabelEn is { } translated ? translated : theme.Label;
        return gate.TextShown(Index(Latest), theme.Sides) ? masker.Mask(theme.Label) : null;
    }

    /// <summary>The latest wave's themes besides the current priorities: retired priorities still named, and clustered ones.</summary>
    public IReadOnlyList<ReportTheme> OtherThemes => [.. Data.Themes.Where(t => !ThemeLineage.IsCurrentPriority(t.LineageKey))];

    /// <summary>The latest wave's theme of a current priority, whose answers the report quotes under the priority.</summary>
    public ReportTheme? PriorityTheme(long priorityId) =>
        Data.Themes.FirstOrDefault(t => t.LineageKey == ThemeLineage.Priority(priorityId));

    /// <summary>The latest wave's quotes of a theme, masked, from sides at the text threshold only.</summary>
    public IEnumerable<string> Quotes(ReportTheme theme, int count)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return Data.Quotes
            .Where(q => q.ThemeNo == theme.ThemeNo && gate.TextShown(Index(Latest), [q.Side]))
            .Take(count)
            .Select(q => masker.Mask(q.Text));
    }

    private int Index(ReportWave wave) => Data.Waves.ToList().IndexOf(wave);
}
