using System.Globalization;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Coding;
using Buerogewitter.Data.Coding;

namespace Buerogewitter.Web.Coding;

/// <summary>
/// Priority recall with the codes of the coding page, by <see cref="RecallRule"/>. The coding page and the wave
/// analysis both call this with the same codes and seed, so they choose alike.
/// </summary>
public static class CodedRecall
{
    public static Priority ToPriority(long id, string text, string? examples, string? textEn) => new(
        id.ToString(CultureInfo.InvariantCulture),
        text,
        examples?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        textEn);

    /// <summary>Scores <paramref name="answers"/> (identified by <paramref name="ids"/>), trained on <paramref name="coded"/> when there are enough codes.</summary>
    public static PriorityResult Score(PriorityScorer scorer, IReadOnlyList<AnswerText> answers, IReadOnlyList<Guid> ids,
        IReadOnlyList<CodedResponse> coded, int seed)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(coded);
        if (!RecallRule.TrainsModel(coded.Count))
        {
            return scorer.Score(answers);
        }

        // The coded answers come first, then the uncoded ones; the model is trained and checked on the
        // first part only and predicts the rest.
        var codedIndex = coded.Select((c, i) => (c.ResponseId, i)).ToDictionary(x => x.ResponseId, x => x.i);
        var combined = coded.Select(c => new AnswerText(c.Text, c.Language)).ToList();
        var positions = new int[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            if (codedIndex.TryGetValue(ids[i], out var index))
            {
                positions[i] = index;
            }
            else
            {
                positions[i] = combined.Count;
                combined.Add(answers[i]);
            }
        }

        var codes = coded.Select((c, i) => new CodedAnswer(i, c.PriorityIds.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList())).ToList();
        var result = scorer.Score(combined, codes, seed);
        return new PriorityResult(positions.Select((p, i) => result.Answers[p] with { Index = i }).ToList(), result.Supervised);
    }
}
