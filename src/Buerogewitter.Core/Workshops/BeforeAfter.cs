using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Workshops;

/// <summary>One analysed wave as the comparison reads it: its answers and what they were scored against.</summary>
public sealed record ComparedWave(IReadOnlyList<AnalysedAnswer> Answers, IReadOnlyList<long> PriorityIds, IReadOnlyList<long> ItemIds);

/// <summary>
/// One measure before and after (each the mean of its waves' values) and the difference after − before
/// with a 95% interval; with a comparison group also the difference in differences, which then decides the verdict.
/// </summary>
public sealed record ComparedMeasure(
    string Side,
    string Metric,
    bool HigherIsBetter,
    double Before,
    double After,
    Interval Difference,
    Interval? DifferenceInDifferences)
{
    public Interval Decisive => DifferenceInDifferences ?? Difference;

    public Verdict Verdict => Decisive.VerdictFor(HigherIsBetter);
}

/// <summary>Shift of one Likert item of one side: Mann–Whitney U of the after sample and Cliff's delta (after vs before; positive = higher after).</summary>
public sealed record LikertShift(string Side, long ItemId, int CountBefore, int CountAfter, double MeanBefore, double MeanAfter, MannWhitneyResult Test, double CliffsDelta);

public sealed record BeforeAfterResult(IReadOnlyList<ComparedMeasure> Measures, IReadOnlyList<LikertShift> LikertShifts);

/// <summary>
/// Before/after comparison around a workshop (docs/metrics.md).
/// <para>
/// Method: a stratified answer-level bootstrap. Responses are anonymous, so nobody can be paired
/// across waves; the unit that is actually sampled is the answer. Each resample redraws the answers
/// within every wave and side (keeping each group's size), recomputes every wave's measures as the wave
/// analysis does (the divergence's chance level is the wave's own, computed once), averages the waves
/// of each period with equal weight and takes
/// after − before. Resampling within waves rather than pooling keeps the per-wave definitions intact:
/// priorities belong to the wave's strategy version, so answers of different waves cannot be thrown
/// into one recall. The wave-level alternative
/// (stored metrics and their intervals) was dropped because recall and the collaboration index are
/// stored without intervals. Limitation: month-to-month swings beyond answer sampling are not in the
/// interval; a comparison group (difference in differences) removes the shifts both groups share.
/// </para>
/// </summary>
public static class BeforeAfter
{
    public const int DefaultBaselineWaves = 3;

    /// <summary>A year of monthly pulses; an older baseline says more about the past than about the workshop.</summary>
    public const int MaxBaselineWaves = 12;

    /// <summary>Measures whose lower value is better: divergence and the size of each perception gap.</summary>
    public static bool HigherIsBetter(string metric) =>
        metric != MetricNames.Divergence && !metric.StartsWith("gap_", StringComparison.Ordinal);

    public static BeforeAfterResult Compare(
        IReadOnlyList<ComparedWave> before,
        IReadOnlyList<ComparedWave> after,
        int seed,
        IReadOnlyList<ComparedWave>? comparisonBefore = null,
        IReadOnlyList<ComparedWave>? comparisonAfter = null,
        int resamples = Bootstrap.DefaultResamples)
    {
        Samples.RequireNotEmpty(before, nameof(before));
        Samples.RequireNotEmpty(after, nameof(after));
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var withComparison = comparisonBefore is { Count: > 0 } && comparisonAfter is { Count: > 0 };
        var groups = new List<Prepared[]> { Prepare(before), Prepare(after) };
        if (withComparison)
        {
            groups.Add(Prepare(comparisonBefore!));
            groups.Add(Prepare(comparisonAfter!));
        }

        var points = groups.Select(g => PeriodValues(g, random: null)).ToList();
        var keys = points[0].Keys.Where(k => points.All(p => p.ContainsKey(k))).OrderBy(k => SideOrder(k.Side))
            .ThenBy(k => Order(k.Metric)).ThenBy(k => k.Metric, StringComparer.Ordinal).ToList();
        var differences = keys.ToDictionary(k => k, _ => new double[resamples]);
        var diffInDiffs = keys.ToDictionary(k => k, _ => new double[resamples]);
        var random = new Random(seed);
        for (var r = 0; r < resamples; r++)
        {
            var drawn = groups.Select(g => PeriodValues(g, random)).ToList();
            foreach (var key in keys)
            {
                // A resample can lose a measure (e.g. nobody drawn rated an item): fall back to the estimate.
                double Value(int group) => drawn[group].TryGetValue(key, out var v) ? v : points[group][key];
                differences[key][r] = Value(1) - Value(0);
                if (withComparison)
                {
                    diffInDiffs[key][r] = Value(1) - Value(0) - (Value(3) - Value(2));
                }
            }
        }

        // A resampled divergence is inflated, the more the closer the sides are (see JensenShannon.BetweenSides), so its
        // draws are centred on the estimate; otherwise a fall in divergence would read as smaller than it is.
        foreach (var key in keys.Where(k => k.Metric == MetricNames.Divergence))
        {
            Centre(differences[key], points[1][key] - points[0][key]);
            if (withComparison) Centre(diffInDiffs[key], points[1][key] - points[0][key] - (points[3][key] - points[2][key]));
        }

        var measures = keys.Select(key =>
        {
            var difference = points[1][key] - points[0][key];
            var did = withComparison ? difference - (points[3][key] - points[2][key]) : (double?)null;
            return new ComparedMeasure(key.Side, key.Metric, HigherIsBetter(key.Metric), points[0][key], points[1][key],
                Bootstrap.FromDraws(difference, differences[key]),
                did is { } d ? Bootstrap.FromDraws(d, diffInDiffs[key]) : null);
        }).ToList();
        return new BeforeAfterResult(measures, LikertShifts(before, after));
    }

    private static void Centre(double[] draws, double estimate)
    {
        var shift = estimate - draws.Average();
        for (var i = 0; i < draws.Length; i++) draws[i] += shift;
    }

    private static int SideOrder(string side) => side switch
    {
        "inside" => 0,
        "field" => 1,
        _ => 2,
    };

    private static int Order(string metric) => metric switch
    {
        MetricNames.ClarityIndex => 0,
        MetricNames.RecallMean => 1,
        MetricNames.CollaborationIndex => 2,
        MetricNames.Divergence => 3,
        _ => 4,
    };

    private static List<LikertShift> LikertShifts(IReadOnlyList<ComparedWave> before, IReadOnlyList<ComparedWave> after)
    {
        var shifts = new List<LikertShift>();
        var itemIds = before.Concat(after).SelectMany(w => w.ItemIds).Distinct().Order().ToList();
        foreach (var side in Sides.Compared)
        {
            foreach (var itemId in itemIds)
            {
                double[] Ratings(IReadOnlyList<ComparedWave> waves) =>
                    Likert.Given(waves.SelectMany(w => w.Answers).Where(a => a.Side == side).Select(a => a.Ratings.GetValueOrDefault(itemId)));
                var b = Ratings(before);
                var a = Ratings(after);
                if (a.Length > 0 && b.Length > 0)
                {
                    shifts.Add(new LikertShift(side.Code(), itemId, b.Length, a.Length, b.Average(), a.Average(), MannWhitney.Test(a, b), CliffsDelta.Compute(a, b)));
                }
            }
        }

        return shifts;
    }

    private readonly record struct Key(string Side, string Metric);

    private sealed record PreparedAnswer(double[] Categories, bool Diffuse, double Recall, int?[] Ratings);

    private sealed record Prepared(PreparedAnswer[] Inside, PreparedAnswer[] Field, int Categories, double ChanceLevel, bool HasPriorities, long[] ItemIds);

    private static Prepared[] Prepare(IReadOnlyList<ComparedWave> waves) =>
    [
        .. waves.Select(wave =>
        {
            PreparedAnswer[] Side(Side side) =>
            [
                .. wave.Answers.Where(a => a.Side == side).Select(a => new PreparedAnswer(
                    StrategyCategories.Of(a.Priorities, a.Stale, a.Diffuse, wave.PriorityIds),
                    a.Diffuse,
                    wave.PriorityIds.Count == 0 ? 0 : a.Priorities.Count(wave.PriorityIds.Contains) / (double)wave.PriorityIds.Count,
                    [.. wave.ItemIds.Select(id => a.Ratings.GetValueOrDefault(id))])),
            ];
            var inside = Side(Participants.Side.Inside);
            var field = Side(Participants.Side.Field);
            var chance = inside.Length > 0 && field.Length > 0
                ? JensenShannon.BetweenSides([.. inside.Select(a => a.Categories)], [.. field.Select(a => a.Categories)], seed: 1, resamples: 1).ChanceLevel
                : 0;
            return new Prepared(inside, field, StrategyCategories.Count(wave.PriorityIds.Count), chance, wave.PriorityIds.Count > 0, [.. wave.ItemIds]);
        }),
    ];

    /// <summary>Each measure averaged over the period's waves; with a random source, each wave's answers are redrawn first.</summary>
    private static Dictionary<Key, double> PeriodValues(Prepared[] waves, Random? random)
    {
        var sums = new Dictionary<Key, (double Sum, int Waves)>();
        foreach (var wave in waves)
        {
            var inside = random is null ? wave.Inside : Redraw(wave.Inside, random);
            var field = random is null ? wave.Field : Redraw(wave.Field, random);
            foreach (var (key, value) in WaveValues(wave, inside, field))
            {
                var (sum, count) = sums.GetValueOrDefault(key);
                sums[key] = (sum + value, count + 1);
            }
        }

        var values = sums.ToDictionary(kv => kv.Key, kv => kv.Value.Sum / kv.Value.Waves);
        // A gap's size is read after averaging, so opposite signs in two waves do not add up to a large gap.
        foreach (var key in values.Keys.Where(k => k.Metric.StartsWith("gap_", StringComparison.Ordinal)).ToList())
        {
            values[key] = Math.Abs(values[key]);
        }

        return values;
    }

    private static PreparedAnswer[] Redraw(PreparedAnswer[] answers, Random random)
    {
        var drawn = new PreparedAnswer[answers.Length];
        for (var i = 0; i < drawn.Length; i++)
        {
            drawn[i] = answers[random.Next(answers.Length)];
        }

        return drawn;
    }

    private static IEnumerable<(Key Key, double Value)> WaveValues(Prepared wave, PreparedAnswer[] inside, PreparedAnswer[] field)
    {
        foreach (var (side, group) in new[] { (Side.Inside, inside), (Side.Field, field) })
        {
            if (group.Length == 0)
            {
                continue;
            }

            var code = side.Code();
            var recall = group.Average(a => a.Recall);
            if (wave.HasPriorities)
            {
                yield return (new Key(code, MetricNames.RecallMean), recall);
            }

            var consensus = Themes.Consensus(StrategyCategories.Sum(group.Select(a => a.Categories), wave.Categories));
            yield return (new Key(code, MetricNames.ClarityIndex), ClarityIndex.Compute(recall, group.Count(a => a.Diffuse) / (double)group.Length, consensus));
            var ratings = group.Select(a => (IReadOnlyList<int?>)a.Ratings).ToList();
            if (wave.ItemIds.Length > 0 && ratings.Any(r => r.Any(v => v.HasValue)))
            {
                yield return (new Key(code, MetricNames.CollaborationIndex), Collaboration.Index(ratings));
            }
        }

        if (inside.Length > 0 && field.Length > 0)
        {
            // The wave's chance level is subtracted as in the wave analysis; it depends on the sides' sizes, which a resample keeps.
            var raw = JensenShannon.Divergence(StrategyCategories.Sum(inside.Select(a => a.Categories), wave.Categories),
                StrategyCategories.Sum(field.Select(a => a.Categories), wave.Categories));
            yield return (new Key(MetricNames.AllSides, MetricNames.Divergence), Math.Max(0, raw - wave.ChanceLevel));
        }

        for (var i = 0; i < wave.ItemIds.Length; i++)
        {
            var a = Likert.Given(inside.Select(x => x.Ratings[i]));
            var b = Likert.Given(field.Select(x => x.Ratings[i]));
            if (a.Length > 0 && b.Length > 0)
            {
                yield return (new Key(MetricNames.AllSides, MetricNames.PerceptionGap(wave.ItemIds[i])), a.Average() - b.Average());
            }
        }
    }

}
