using System.Globalization;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Web.Coding;

namespace Buerogewitter.Web.Analysis;

/// <summary>
/// The analysis of a closed wave: themes over both sides' answers, priority recall, diffuse and stale
/// answers, and the metrics, stored so that reports and dashboards only read. The answers are put in
/// an order of their own content (response ids are random) and the seed is fixed, so the same answers
/// give the same themes and intervals on every run and every database engine. Recall comes from the
/// matcher, or from the supervised model when the coding page's codes show it agrees better with the
/// coders (<see cref="CodedRecall"/>); the stored engine name says which.
/// </summary>
public sealed class WaveAnalysis(AnalysisStore store)
{
    public const string Engine = "char-ngram-tfidf+kmeans/1";

    public const string SupervisedEngine = Engine + "+supervised-recall/1";

    public const int Seed = 20261127;

    public async Task<AnalysisRecord> RunAsync(long waveId, CancellationToken cancellationToken = default)
    {
        var loaded = await store.LoadInputAsync(waveId, cancellationToken);
        var input = loaded with
        {
            Responses = loaded.Responses
                .OrderBy(r => r.Side, StringComparer.Ordinal)
                .ThenBy(r => r.StrategyAnswer, StringComparer.Ordinal)
                .ThenBy(r => r.Language, StringComparer.Ordinal)
                .ThenBy(r => r.SelfClarity)
                .ToList(),
        };
        var texts = input.Responses.Select(r => new AnswerText(r.StrategyAnswer, r.Language)).ToList();
        var themes = ThemeAnalyzer.Analyze(texts, new ThemeOptions { Seed = Seed });
        var scorer = new PriorityScorer(input.Priorities.Select(ToPriority).ToList(), input.StalePriorities.Select(ToPriority).ToList());
        var recall = CodedRecall.Score(scorer, texts, input.Responses.Select(r => r.Id).ToList(), input.Coded, Seed);
        var scores = recall.Answers;

        var previous = input.PreviousThemes.Select(t => new Theme(t.ThemeNo, t.Label, [], [], 0, t.Weights, null, null)).ToList();
        var matching = ThemeMatcher.Match(previous, themes.Themes);
        var themeRecords = themes.Themes.Select(theme =>
        {
            var match = matching.Matches.Single(m => m.CurrentId == theme.Id);
            var lineage = match.PreviousId is { } p
                ? input.PreviousThemes.Single(t => t.ThemeNo == p).LineageKey
                : string.Create(CultureInfo.InvariantCulture, $"w{waveId}t{theme.Id}");
            return new ThemeRecord(theme.Id, theme.Label, lineage, match.PreviousId is null && previous.Count > 0, theme.TermWeights);
        }).ToList();

        var representativeRank = themes.Themes
            .SelectMany(t => t.RepresentativeAnswers.Select((index, rank) => (index, rank: rank + 1)))
            .ToDictionary(x => x.index, x => x.rank);
        var ratings = input.Ratings.ToLookup(r => r.ResponseId);
        var answers = new List<AnswerResult>(input.Responses.Count);
        var analysed = new List<AnalysedAnswer>(input.Responses.Count);
        for (var i = 0; i < input.Responses.Count; i++)
        {
            var response = input.Responses[i];
            var theme = themes.Answers[i].ThemeId;
            var diffuse = themes.Answers[i].IsDiffuse || scores[i].IsDiffuse;
            var priorities = scores[i].PriorityIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList();
            answers.Add(new AnswerResult(response.Id, theme, diffuse, scores[i].IsStale, priorities, representativeRank.GetValueOrDefault(i) is var rank and > 0 ? rank : null));
            analysed.Add(new AnalysedAnswer(Sides.Parse(response.Side), theme - 1, diffuse, scores[i].IsStale, priorities, response.SelfClarity,
                ratings[response.Id].ToDictionary(r => r.ItemId, r => r.Value)));
        }

        var invitations = input.InvitationsPerSide.ToDictionary(kv => Sides.Parse(kv.Key), kv => kv.Value);
        var metrics = WaveMetrics.Compute(analysed, themes.Themes.Count, input.Priorities.Select(p => p.Id).ToList(), input.ItemIds, invitations, Seed);
        var record = new AnalysisRecord(waveId, recall.Supervised is { UsedCodes: true } ? SupervisedEngine : Engine, themeRecords, answers, metrics);
        await store.SaveAsync(record, cancellationToken);
        return record;
    }

    private static Priority ToPriority(AnalysisPriority priority) => CodedRecall.ToPriority(priority.Id, priority.Text, priority.Examples);
}
