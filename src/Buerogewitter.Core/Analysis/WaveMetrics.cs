using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Analysis;

/// <summary>One response as the analysis sees it: side, results of the text analytics, and the scale answers.</summary>
public sealed record AnalysedAnswer(
    Side Side,
    int? Theme,
    bool Diffuse,
    bool Stale,
    IReadOnlyCollection<long> Priorities,
    int? SelfClarity,
    IReadOnlyDictionary<long, int?> Ratings);

/// <summary>A stored metric: <see cref="Side"/> is a side code or <c>all</c>; bounds are the 95% interval where one exists.</summary>
public sealed record MetricValue(string Side, string Metric, double Value, double? Lower, double? Upper, int N);

/// <summary>The names under which metrics are stored; reports and the API read them by these names.</summary>
public static class MetricNames
{
    public const string AllSides = "all";
    public const string Responses = "responses";
    public const string Invitations = "invitations";
    public const string ResponseRate = "response_rate";
    public const string RecallAny = "recall_any";
    public const string RecallMean = "recall_mean";
    public const string RecallNone = "recall_none";
    public const string DiffuseShare = "diffuse_share";
    public const string StaleShare = "stale_share";
    public const string Consensus = "consensus";
    public const string ClarityIndex = "clarity_index";
    public const string SelfClarity = "self_clarity";
    public const string ConfidenceGap = "confidence_gap";
    public const string CollaborationIndex = "collaboration_index";
    public const string Divergence = "divergence";

    /// <summary>The permutation test's p-value of the divergence: below 0.05 the sides differ beyond chance.</summary>
    public const string DivergenceP = "divergence_p";

    /// <summary>The plug-in divergence before the chance level was taken off (Value) and that level (Lower).</summary>
    public const string DivergenceRaw = "divergence_raw";

    public static string Priority(long priorityId) => $"priority_{priorityId}";

    public static string ThemeShare(int theme) => $"theme_{theme}";

    public static string ItemMean(long itemId) => $"item_{itemId}";

    public static string PerceptionGap(long itemId) => $"gap_{itemId}";
}

/// <summary>
/// Turns one wave's analysed answers into the metrics of docs/metrics.md, per side and across sides.
/// Everything random (bootstrap intervals) is seeded, so running it again gives the same numbers.
/// </summary>
public static class WaveMetrics
{
    public static IReadOnlyList<MetricValue> Compute(
        IReadOnlyList<AnalysedAnswer> answers,
        int themeCount,
        IReadOnlyList<long> priorityIds,
        IReadOnlyList<long> itemIds,
        IReadOnlyDictionary<Side, int> invitations,
        int seed)
    {
        var metrics = new List<MetricValue>();
        foreach (var side in Sides.All)
        {
            var group = answers.Where(a => a.Side == side).ToList();
            var invited = invitations.GetValueOrDefault(side);
            metrics.Add(new(side.Code(), MetricNames.Invitations, invited, null, null, invited));
            metrics.Add(new(side.Code(), MetricNames.Responses, group.Count, null, null, group.Count));
            if (invited > 0)
            {
                metrics.Add(new(side.Code(), MetricNames.ResponseRate, group.Count / (double)invited, null, null, invited));
            }

            if (group.Count > 0)
            {
                metrics.AddRange(SideMetrics(side.Code(), group, themeCount, priorityIds, itemIds, seed));
            }
        }

        var inside = answers.Where(a => a.Side == Side.Inside).ToList();
        var field = answers.Where(a => a.Side == Side.Field).ToList();
        if (inside.Count > 0 && field.Count > 0)
        {
            var divergence = JensenShannon.BetweenSides(Categories(inside, priorityIds), Categories(field, priorityIds), seed);
            var n = inside.Count + field.Count;
            metrics.Add(new(MetricNames.AllSides, MetricNames.Divergence, divergence.Estimate, divergence.Lower, divergence.Upper, n));
            metrics.Add(new(MetricNames.AllSides, MetricNames.DivergenceP, divergence.PValue, null, null, n));
            metrics.Add(new(MetricNames.AllSides, MetricNames.DivergenceRaw, divergence.Raw, divergence.ChanceLevel, null, n));
        }

        foreach (var itemId in itemIds)
        {
            var a = inside.Select(r => r.Ratings.GetValueOrDefault(itemId)).ToList();
            var b = field.Select(r => r.Ratings.GetValueOrDefault(itemId)).ToList();
            if (a.Any(v => v.HasValue) && b.Any(v => v.HasValue))
            {
                var gap = Collaboration.PerceptionGap(a, b, seed);
                metrics.Add(new(MetricNames.AllSides, MetricNames.PerceptionGap(itemId), gap.Estimate, gap.Lower, gap.Upper,
                    a.Count(v => v.HasValue) + b.Count(v => v.HasValue)));
            }
        }

        return metrics;
    }

    private static IEnumerable<MetricValue> SideMetrics(
        string side, List<AnalysedAnswer> group, int themeCount, IReadOnlyList<long> priorityIds, IReadOnlyList<long> itemIds, int seed)
    {
        var n = group.Count;
        MetricValue Share(string metric, Func<AnalysedAnswer, bool> predicate) =>
            new(side, metric, group.Count(predicate) / (double)n, null, null, n);

        var named = group.Select(a => a.Priorities.Count(priorityIds.Contains)).ToList();
        var recall = priorityIds.Count == 0 ? 0 : PriorityRecall.MeanShare(named, priorityIds.Count);
        yield return new(side, MetricNames.RecallMean, recall, null, null, n);
        yield return Share(MetricNames.RecallAny, a => a.Priorities.Any(priorityIds.Contains));
        yield return Share(MetricNames.RecallNone, a => !a.Priorities.Any(priorityIds.Contains));
        yield return Share(MetricNames.DiffuseShare, a => a.Diffuse);
        yield return Share(MetricNames.StaleShare, a => a.Stale);
        foreach (var priorityId in priorityIds)
        {
            yield return Share(MetricNames.Priority(priorityId), a => a.Priorities.Contains(priorityId));
        }

        var themed = Themed(group);
        yield return new(side, MetricNames.Consensus, Consensus(group, priorityIds), null, null, n);
        for (var theme = 0; theme < themeCount; theme++)
        {
            var t = theme;
            // A share of all the side's answers, as a priority's is: the report shows both side by side.
            yield return new(side, MetricNames.ThemeShare(t), n == 0 ? 0 : themed.Count(x => x == t) / (double)n, null, null, n);
        }

        var clarity = Bootstrap.Percentile(Clarity(group, priorityIds), random =>
        {
            var resample = new List<AnalysedAnswer>(n);
            for (var i = 0; i < n; i++)
            {
                resample.Add(group[random.Next(n)]);
            }

            return Clarity(resample, priorityIds);
        }, seed);
        yield return new(side, MetricNames.ClarityIndex, clarity.Estimate, clarity.Lower, clarity.Upper, n);

        var selfRated = group.Select(a => a.SelfClarity).ToList();
        if (selfRated.Any(v => v.HasValue))
        {
            yield return new(side, MetricNames.SelfClarity, selfRated.OfType<int>().Average(Likert.Rescale), null, null, selfRated.Count(v => v.HasValue));
            yield return new(side, MetricNames.ConfidenceGap, ConfidenceRecallGap.Compute(selfRated, recall), null, null, n);
        }

        var ratings = group.Select(a => (IReadOnlyList<int?>)itemIds.Select(id => a.Ratings.GetValueOrDefault(id)).ToList()).ToList();
        if (ratings.Any(r => r.Any(v => v.HasValue)))
        {
            yield return new(side, MetricNames.CollaborationIndex, Collaboration.Index(ratings), null, null, n);
        }

        foreach (var itemId in itemIds)
        {
            var given = Likert.Given(group.Select(a => a.Ratings.GetValueOrDefault(itemId)));
            if (given.Length > 0)
            {
                yield return new(side, MetricNames.ItemMean(itemId), given.Average(v => v), null, null, given.Length);
            }
        }
    }

    private static double Clarity(List<AnalysedAnswer> group, IReadOnlyList<long> priorityIds)
    {
        var recall = priorityIds.Count == 0 ? 0 : PriorityRecall.MeanShare(group.Select(a => a.Priorities.Count(priorityIds.Contains)).ToList(), priorityIds.Count);
        var diffuse = group.Count(a => a.Diffuse) / (double)group.Count;
        return ClarityIndex.Compute(recall, diffuse, Consensus(group, priorityIds));
    }

    /// <summary>How much a side agrees on what the strategy is: 1 − normalised entropy over the strategy categories.</summary>
    internal static double Consensus(IReadOnlyList<AnalysedAnswer> group, IReadOnlyList<long> priorityIds) =>
        Themes.Consensus(StrategyCategories.Sum(Categories(group, priorityIds), StrategyCategories.Count(priorityIds.Count)));

    internal static List<double[]> Categories(IEnumerable<AnalysedAnswer> answers, IReadOnlyList<long> priorityIds) =>
        answers.Select(a => StrategyCategories.Of(a.Priorities, a.Stale, a.Diffuse, priorityIds)).ToList();

    private static List<int> Themed(IEnumerable<AnalysedAnswer> answers) =>
        answers.Where(a => a.Theme.HasValue).Select(a => a.Theme!.Value).ToList();
}
