namespace Buerogewitter.Core.Anonymity;

/// <summary>A reporting group (a side, later a unit) and how many responses it has in this wave.</summary>
public sealed record GroupCount(string Key, int Responses);

/// <summary>What may be shown for one group: its scores, and its free text and theme shares.</summary>
public sealed record Disclosure(string Key, int Responses, bool Scores, bool Text);

/// <summary>The gate's answer for one wave; keep it, as later waves are checked against it.</summary>
public sealed record GateDecision(Disclosure? Total, IReadOnlyList<Disclosure> Groups)
{
    public Disclosure Group(string key) =>
        Groups.FirstOrDefault(group => group.Key == key) ?? throw new KeyNotFoundException($"No group '{key}' in this decision.");
}

/// <summary>
/// The one place that decides what a report may show about a group (docs/anonymity.md): the
/// thresholds, suppression of groups that could be computed from a shown total, and
/// differencing against earlier waves.
/// </summary>
public sealed class AnonymityGate(AnonymityThresholds thresholds)
{
    /// <summary>Key of the total over all groups in <see cref="GateDecision.Total"/>.</summary>
    public const string TotalKey = "total";

    /// <summary>
    /// Decides for each group, and for their total when <paramref name="withTotal"/> is set.
    /// <paramref name="earlierWaves"/> are this gate's decisions for the same groups in earlier waves.
    /// </summary>
    public GateDecision Decide(IReadOnlyList<GroupCount> groups, bool withTotal, IReadOnlyList<GateDecision>? earlierWaves = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Validate(groups);
        earlierWaves ??= [];
        var scores = DecideLevel(groups, withTotal, thresholds.ScoreMinimum, earlierWaves, shown => shown.Scores);
        // Text is not differenced across waves: themes are fitted anew each wave and quotes are single
        // answers, so last month's theme shares or quotes give nothing to subtract from this month's.
        var text = DecideLevel(groups, withTotal, thresholds.TextMinimum, [], shown => shown.Text);

        var total = withTotal ? new Disclosure(TotalKey, groups.Sum(group => group.Responses), scores.Total, text.Total) : null;
        var disclosures = groups.Select((group, i) => new Disclosure(group.Key, group.Responses, scores.Groups[i], text.Groups[i])).ToList();
        return new GateDecision(total, disclosures);
    }

    private static (bool Total, bool[] Groups) DecideLevel(
        IReadOnlyList<GroupCount> groups, bool withTotal, int minimum, IReadOnlyList<GateDecision> earlierWaves, Func<Disclosure, bool> shownAt)
    {
        var shown = groups
            .Select(group => group.Responses >= minimum && !TooFewChangedSinceShown(group.Key, group.Responses, minimum, earlierWaves, shownAt))
            .ToArray();
        if (!withTotal)
        {
            return (false, shown);
        }

        var total = groups.Sum(group => group.Responses);
        var totalShown = total >= minimum && !TooFewChangedSinceShown(TotalKey, total, minimum, earlierWaves, shownAt);
        if (!totalShown)
        {
            // Shown groups that add up to the whole would reveal the withheld total.
            if (!Enumerable.Range(0, groups.Count).Any(i => groups[i].Responses > 0 && !shown[i]))
            {
                HideSmallestShown(groups, shown);
            }

            return (false, shown);
        }

        // Total minus the shown groups gives the hidden ones together. That residue must be at
        // least two groups (one alone is simply recovered) and reach the minimum; otherwise hide
        // the next-smallest shown group. Groups without responses reveal nothing and do not count.
        while (NeedsComplement(groups, shown, minimum))
        {
            if (!HideSmallestShown(groups, shown))
            {
                return (false, shown);
            }
        }

        return (true, shown);
    }

    private static bool NeedsComplement(IReadOnlyList<GroupCount> groups, bool[] shown, int minimum)
    {
        var hidden = groups.Where((group, i) => !shown[i] && group.Responses > 0).ToList();
        return hidden.Count > 0 && (hidden.Count < 2 || hidden.Sum(group => group.Responses) < minimum);
    }

    private static bool HideSmallestShown(IReadOnlyList<GroupCount> groups, bool[] shown)
    {
        var candidates = Enumerable.Range(0, groups.Count).Where(i => shown[i] && groups[i].Responses > 0).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var index = candidates.OrderBy(i => groups[i].Responses).ThenBy(i => groups[i].Key, StringComparer.Ordinal).First();
        shown[index] = false;
        return true;
    }

    // People answer much like last month, so when a count moved by fewer than the minimum since a
    // wave that showed the figure, the change is mostly the newcomers' answers (six 4s, then a mean
    // of 3.57 with seven: the newcomer said 1). Groups with twice the minimum in both waves are
    // exempt: others' drift hides a few people, and counts move by a few every month.
    private static bool TooFewChangedSinceShown(string key, int responses, int minimum, IReadOnlyList<GateDecision> earlierWaves, Func<Disclosure, bool> shownAt) =>
        earlierWaves
            .Select(wave => key == TotalKey ? wave.Total : wave.Groups.FirstOrDefault(group => group.Key == key))
            .OfType<Disclosure>()
            .Where(shownAt)
            .Any(earlier =>
            {
                var change = Math.Abs(responses - earlier.Responses);
                return change > 0 && change < minimum && Math.Min(responses, earlier.Responses) < 2 * minimum;
            });

    private static void Validate(IReadOnlyList<GroupCount> groups)
    {
        foreach (var group in groups)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(group.Responses, nameof(groups));
            if (group.Key == TotalKey)
            {
                throw new ArgumentException($"'{TotalKey}' is reserved for the total over all groups.", nameof(groups));
            }
        }

        if (groups.Select(group => group.Key).Distinct(StringComparer.Ordinal).Count() != groups.Count)
        {
            throw new ArgumentException("Group keys must be unique.", nameof(groups));
        }
    }
}
