using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Anonymity;

/// <summary>What a stored figure needs before it may be shown.</summary>
public enum DisclosureLevel
{
    /// <summary>Invitations and responses: visible as counts to everyone who sees the wave.</summary>
    Count,

    /// <summary>Scores: the group's score threshold.</summary>
    Score,

    /// <summary>Theme shares and everything built from free text: the text threshold.</summary>
    Text,
}

/// <summary>
/// The stored figures of an organisation's analysed waves after the <see cref="AnonymityGate"/>. Every
/// reader of figures (report, charts, dashboard, API, the metrics verb, notebooks) asks this class, so
/// one set of rules decides what leaves the system. Waves are decided oldest first, each against the
/// ones before it, so a figure hidden in one wave cannot be recovered from the next.
/// </summary>
public sealed class MetricGate
{
    private static readonly string[] Groups = [.. Sides.All.Select(s => s.Code())];

    private static readonly string[] Compared = [.. Sides.Compared.Select(s => s.Code())];

    private readonly IReadOnlyList<IReadOnlyList<MetricValue>> waves;

    private readonly List<GateDecision> decisions = [];

    public MetricGate(AnonymityThresholds thresholds, IReadOnlyList<IReadOnlyList<MetricValue>> wavesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(wavesOldestFirst);
        waves = wavesOldestFirst;
        var gate = new AnonymityGate(thresholds);
        foreach (var wave in wavesOldestFirst)
        {
            var counts = Groups.Select(g => new GroupCount(g, (int)(Find(wave, g, MetricNames.Responses)?.Value ?? 0))).ToList();
            decisions.Add(gate.Decide(counts, withTotal: false, decisions));
        }
    }

    public int Count => waves.Count;

    /// <summary>
    /// The level a figure needs. Figures of <see cref="MetricNames.AllSides"/> are computed over inside
    /// and field together, so they need that level on both: with one side shown, the figure over both
    /// would give the hidden side away (a gap of 3.4 next to an inside mean of 4.4 names the field's 1).
    /// Divergence compares what the sides' answers say (their distributions over the strategy categories), so it is free text's level.
    /// </summary>
    public static DisclosureLevel Level(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric switch
        {
            MetricNames.Responses or MetricNames.Invitations => DisclosureLevel.Count,
            _ when metric.StartsWith("theme_", StringComparison.Ordinal) || metric.StartsWith(MetricNames.Divergence, StringComparison.Ordinal) => DisclosureLevel.Text,
            _ => DisclosureLevel.Score,
        };
    }

    public GateDecision Decision(int wave) => decisions[wave];

    /// <summary>A figure of one wave, or null when it is not stored or the gate hides it.</summary>
    public MetricValue? Value(int wave, string side, string metric) =>
        Find(waves[wave], side, metric) is { } value && Shows(wave, value) ? value : null;

    /// <summary>Every figure of the wave that may be shown.</summary>
    public IReadOnlyList<MetricValue> Shown(int wave) => waves[wave].Where(value => Shows(wave, value)).ToList();

    /// <summary>
    /// Whether free text written by the given sides may be shown: quotes, and theme labels built from
    /// their answers. It needs both compared sides at the text level (their themes and shares are shown
    /// together) and every side the text comes from.
    /// </summary>
    public bool TextShown(int wave, IEnumerable<string> sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        return Compared.Concat(sides).All(side => Shown(decisions[wave], side, DisclosureLevel.Text));
    }

    private bool Shows(int wave, MetricValue value)
    {
        var level = Level(value.Metric);
        return level == DisclosureLevel.Count
            ? Groups.Contains(value.Side)
            : (value.Side == MetricNames.AllSides ? Compared : [value.Side]).All(side => Shown(decisions[wave], side, level));
    }

    private static bool Shown(GateDecision decision, string side, DisclosureLevel level) =>
        Groups.Contains(side) && (level == DisclosureLevel.Text ? decision.Group(side).Text : decision.Group(side).Scores);

    private static MetricValue? Find(IReadOnlyList<MetricValue> wave, string side, string metric) =>
        wave.FirstOrDefault(m => m.Side == side && m.Metric == metric);
}
