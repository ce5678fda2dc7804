using System.Globalization;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Web.Coding;

namespace Buerogewitter.Web.Analysis;

/// <summary>
/// The analysis of a closed wave: priority recall, diffuse and stale answers, themes (<see cref="WaveThemes"/>)
/// and the metrics, stored so that reports and dashboards only read. The answers are put in an order of their
/// own content (response ids are random) and the seed is fixed, so the same answers give the same themes and
/// intervals on every run and every database engine. Recall comes from the scorer, or from what the coding
/// page's codes teach it when cross-validation shows that agrees better with the coders
/// (<see cref="CodedRecall"/>); the stored engine name says which.
/// </summary>
public sealed class WaveAnalysis(AnalysisStore store)
{
    public const string Engine = "priority-themes+meaning-kmeans/5";

    public const string SupervisedEngine = Engine + "+supervised-recall/5";

    public const int Seed = 20261127;

    public async Task<AnalysisRecord> RunAsync(long waveId, CancellationToken cancellationToken = default)
    {
        var record = Analyse(await store.LoadInputAsync(waveId, cancellationToken));
        await store.SaveAsync(record, cancellationToken);
        return record;
    }

    /// <summary>The analysis itself, apart from the database (the speed bench times this).</summary>
    public static AnalysisRecord Analyse(AnalysisInput loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var waveId = loaded.WaveId;
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
        var resources = ScorerResources.WithGlossary(input.Glossary);
        var scorer = new PriorityScorer(input.Priorities.Select(ToPriority).ToList(), input.StalePriorities.Select(ToPriority).ToList(), resources);
        var recall = CodedRecall.Score(scorer, texts, input.Responses.Select(r => r.Id).ToList(), input.Coded, Seed);
        var scores = recall.Answers;
        var themes = WaveThemes.Build(waveId, input.Priorities, input.StalePriorities, texts, scores, input.PreviousThemes,
            new ThemeOptions { Seed = Seed, Lexicon = resources.Lexicon, Glossary = resources.Glossary, Embedder = resources.Embedder, Names = scorer.Names });

        var ratings = input.Ratings.ToLookup(r => r.ResponseId);
        var answers = new List<AnswerResult>(input.Responses.Count);
        var analysed = new List<AnalysedAnswer>(input.Responses.Count);
        for (var i = 0; i < input.Responses.Count; i++)
        {
            var response = input.Responses[i];
            var theme = themes.ThemeOf[i];
            var priorities = scores[i].PriorityIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList();
            answers.Add(new AnswerResult(response.Id, theme, scores[i].IsDiffuse, scores[i].IsStale, priorities, themes.RepresentativeRank[i]));
            analysed.Add(new AnalysedAnswer(Sides.Parse(response.Side), theme - 1, scores[i].IsDiffuse, scores[i].IsStale, priorities, response.SelfClarity,
                ratings[response.Id].ToDictionary(r => r.ItemId, r => r.Value)));
        }

        var invitations = input.InvitationsPerSide.ToDictionary(kv => Sides.Parse(kv.Key), kv => kv.Value);
        var metrics = WaveMetrics.Compute(analysed, themes.Themes.Count, input.Priorities.Select(p => p.Id).ToList(), input.ItemIds, invitations, Seed);
        return new AnalysisRecord(waveId, recall.Supervised is { UsedCodes: true } ? SupervisedEngine : Engine, themes.Themes, answers, metrics);
    }

    private static Priority ToPriority(AnalysisPriority priority) => CodedRecall.ToPriority(priority.Id, priority.Text, priority.Examples, priority.TextEn);
}
