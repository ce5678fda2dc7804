using System.Globalization;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Analysis;

namespace Buerogewitter.Web.Analysis;

/// <summary>
/// The themes of one wave, built on what the answers mean rather than on how they are worded: one theme per
/// current priority (an answer naming several belongs to the first the scorer names), one per retired priority
/// that is still named, and the answers that name neither but say something concrete clustered among
/// themselves. Priority themes keep their lineage (<c>p{id}</c>, <c>s{id}</c>) from wave to wave, so a trend
/// follows the same priority; a clustered theme continues the previous waves' clustered theme it matches
/// (<see cref="ThemeMatcher"/>). Answers in English and German land in the same priority theme, and no theme
/// is made of the language an answer is written in.
/// </summary>
public static class WaveThemes
{
    /// <summary>Per answer its theme number (null: diffuse or no content) and its rank among its theme's examples.</summary>
    public sealed record Result(IReadOnlyList<ThemeRecord> Themes, IReadOnlyList<int?> ThemeOf, IReadOnlyList<int?> RepresentativeRank);

    // Silhouette over a handful of answers picks noise: fewer other answers than this form one theme.
    private const int MinAnswersToCluster = 6;

    private const int MaxOtherThemes = 8;

    private sealed record Group(string Lineage, string Label, string? LabelEn, List<int> Members, Theme? Analysed);

    public static Result Build(long waveId, IReadOnlyList<AnalysisPriority> priorities, IReadOnlyList<AnalysisPriority> stale,
        IReadOnlyList<AnswerText> answers, IReadOnlyList<PriorityAnswerScore> scores, IReadOnlyList<StoredTheme> previous, ThemeOptions clustering)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentNullException.ThrowIfNull(stale);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(clustering);
        var options = clustering with { SetAsideDiffuse = false, MaxK = MaxOtherThemes };
        var groups = new List<Group>();
        foreach (var priority in priorities)
        {
            var members = Members(scores, s => s.PriorityIds.Count > 0 && s.PriorityIds[0] == Id(priority));
            groups.Add(Described(ThemeLineage.Priority(priority.Id), priority, members, answers, options));
        }
        foreach (var priority in stale)
        {
            var members = Members(scores, s => s.PriorityIds.Count == 0 && s.StalePriorityIds.Count > 0 && s.StalePriorityIds[0] == Id(priority));
            if (members.Count > 0) groups.Add(Described(ThemeLineage.Stale(priority.Id), priority, members, answers, options));
        }
        groups.AddRange(Others(waveId, groups.Count, answers, scores, previous, options));

        var themeOf = new int?[answers.Count];
        var rank = new int?[answers.Count];
        var records = new List<ThemeRecord>(groups.Count);
        var known = previous.Select(t => t.LineageKey).ToHashSet(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            foreach (var member in group.Members) themeOf[member] = g + 1;
            var representatives = group.Analysed?.RepresentativeAnswers.Select(i => group.Members[i]).ToList() ?? [];
            for (var r = 0; r < representatives.Count; r++) rank[representatives[r]] = r + 1;
            records.Add(new ThemeRecord(g + 1, group.Label, group.Lineage, previous.Count > 0 && !known.Contains(group.Lineage),
                group.Analysed?.TermWeights ?? new Dictionary<string, double>(), group.LabelEn));
        }
        return new Result(records, themeOf, rank);
    }

    private static Group Described(string lineage, AnalysisPriority priority, List<int> members, IReadOnlyList<AnswerText> answers, ThemeOptions options)
    {
        // One cluster over the theme's answers gives its characteristic words and the answers nearest its centre.
        var themes = members.Count == 0 ? [] : ThemeAnalyzer.Analyze(members.Select(i => answers[i]).ToList(), options with { K = 1 }).Themes;
        return new Group(lineage, priority.Text, priority.TextEn, members, themes.Count == 0 ? null : themes[0]);
    }

    /// <summary>
    /// Answers that name no priority but something concrete (a lever that is on no list, or the working day) are
    /// clustered; the answers the scorer calls diffuse are counted as diffuse and nowhere else.
    /// </summary>
    private static List<Group> Others(long waveId, int numbered, IReadOnlyList<AnswerText> answers, IReadOnlyList<PriorityAnswerScore> scores,
        IReadOnlyList<StoredTheme> previous, ThemeOptions options)
    {
        var others = Members(scores, s => s.PriorityIds.Count == 0 && !s.IsStale && !s.IsDiffuse);
        if (others.Count == 0) return [];
        var clustered = ThemeAnalyzer.Analyze(others.Select(i => answers[i]).ToList(),
            others.Count < MinAnswersToCluster ? options with { K = 1 } : options);
        var earlier = previous.Where(t => ThemeLineage.IsClustered(t.LineageKey))
            .Select(t => new Theme(t.ThemeNo, t.Label, [], [], 0, t.Weights, null, null)).ToList();
        var matching = ThemeMatcher.Match(earlier, clustered.Themes);
        return clustered.Themes.Select((theme, position) =>
        {
            var continued = matching.Matches.Single(m => m.CurrentId == theme.Id).PreviousId;
            var lineage = continued is { } p
                ? previous.Single(t => t.ThemeNo == p).LineageKey
                : ThemeLineage.Clustered(waveId, numbered + position + 1);
            var members = clustered.Answers.Where(a => a.ThemeId == theme.Id).Select(a => a.Index).ToList();
            var local = theme with { RepresentativeAnswers = [.. theme.RepresentativeAnswers.Select(i => members.IndexOf(i))] };
            return new Group(lineage, theme.Label, null, [.. members.Select(i => others[i])], local);
        }).ToList();
    }

    private static List<int> Members(IReadOnlyList<PriorityAnswerScore> scores, Func<PriorityAnswerScore, bool> belongs) =>
        [.. scores.Where(belongs).Select(s => s.Index)];

    private static string Id(AnalysisPriority priority) => priority.Id.ToString(CultureInfo.InvariantCulture);
}
