using System.Globalization;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Learns from an organisation's hand codes (the coding page, <c>score --coded</c>), as Sull et al. checked
/// machine scoring against human coders. An answer's priorities become a blend of the scorer's probability and
/// the vote of its most similar coded answers (sentence embedding and character n-gram cosine), weighted by
/// how similar they are. The blend weight is chosen by repeated k-fold cross-validation over all codes: for
/// each weight, micro-F1 against the coder on the answers left out, with a bootstrap interval over the coded
/// answers. Weight 1 is the scorer as shipped; another weight is used only when it does better. Coded answers
/// keep their codes.
/// </summary>
internal static class SupervisedPriorities
{
    public const string Matcher = "matcher";
    public const string LearnedWords = "matcher + words learned from codes";
    public const string Refitted = "matcher refitted to the codes";

    // How strongly the refit holds on to the shipped weights: 50 coded answers adjust them, they do not replace them.
    private const double PriorStrength = 20;

    // A priority's own intercept moves more freely: it is one number, learned from every coded answer.
    private const double InterceptStrength = 1;

    private const int Folds = 5;
    private const int Repeats = 4;
    private const int Neighbours = 5;
    private static readonly double[] ScorerWeights = [1.0, 0.75, 0.5];

    internal static PriorityResult Apply(PriorityScorer scorer, IReadOnlyList<AnswerText> answers, List<AnswerFeatures> features,
        List<PriorityAnswerScore> scores, IReadOnlyList<CodedAnswer> coded, int seed)
    {
        var codes = coded.Where(c => c.Index >= 0 && c.Index < answers.Count).GroupBy(c => c.Index)
            .ToDictionary(g => g.Key, g => g.Last().PriorityIds.ToHashSet(StringComparer.Ordinal));
        var codedIndices = codes.Keys.Order().ToArray();
        var ids = scorer.Current.Select(p => p.Id).ToList();
        var probabilities = scorer.Probabilities(features);
        var similarity = Similarities(scorer, answers, scores);

        // Per candidate and coded answer: true/false positives and false negatives, summed over the repeats.
        // Candidates: the scorer, blends with the coded neighbours' vote, and the scorer with learned words.
        var counts = Enumerable.Range(0, ScorerWeights.Length + 2).Select(_ => new (double Tp, double Fp, double Fn)[codedIndices.Length]).ToArray();
        var random = new Random(seed);
        for (var repeat = 0; repeat < Repeats; repeat++)
        {
            var order = Enumerable.Range(0, codedIndices.Length).OrderBy(_ => random.Next()).ToArray();
            for (var fold = 0; fold < Folds; fold++)
            {
                var training = order.Where((_, k) => k % Folds != fold).Select(k => codedIndices[k]).ToList();
                var heldOut = order.Where((_, k) => k % Folds == fold).ToList();
                var learned = scorer.WithLearnedWords(training.Select(i => (answers[i].Text ?? string.Empty, (IReadOnlySet<string>)codes[i])).ToList())
                    .Probabilities(heldOut.Select(k => answers[codedIndices[k]]).ToList());
                var refitted = Refit(scorer, features, training, codes, ids);
                for (var h = 0; h < heldOut.Count; h++)
                {
                    var k = heldOut[h];
                    var i = codedIndices[k];
                    var vote = Vote(i, training, codes, similarity, ids);
                    for (var w = 0; w < ScorerWeights.Length; w++)
                    {
                        Add(counts[w], k, codes[i], Named(probabilities[i], vote, ScorerWeights[w], ids));
                    }
                    Add(counts[^2], k, codes[i], Named(learned[h], vote, 1, ids));
                    Add(counts[^1], k, codes[i], Named(Probabilities([features[i]], refitted)[0], vote, 1, ids));
                }
            }
        }

        var candidates = ScorerWeights.Select((w, c) => Judge(Name(w), counts[c], seed))
            .Append(Judge(LearnedWords, counts[^2], seed)).Append(Judge(Refitted, counts[^1], seed)).ToList();
        // Another candidate must do better than the scorer alone to replace it.
        var best = Enumerable.Range(1, candidates.Count - 1).Where(c => candidates[c].F1 > candidates[0].F1)
            .OrderByDescending(c => candidates[c].F1).DefaultIfEmpty(0).First();
        var finalProbabilities = candidates[best].Name switch
        {
            LearnedWords => scorer.WithLearnedWords(codedIndices.Select(i => (answers[i].Text ?? string.Empty, (IReadOnlySet<string>)codes[i])).ToList()).Probabilities(answers),
            Refitted => Probabilities(features, Refit(scorer, features, codedIndices, codes, ids)),
            _ => probabilities,
        };
        var finalWeight = best < ScorerWeights.Length ? ScorerWeights[best] : 1;

        var result = new List<PriorityAnswerScore>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            IReadOnlyList<string> named = codes.TryGetValue(i, out var given) ? ids.Where(given.Contains).ToList()
                : best == 0 ? scores[i].PriorityIds
                : Named(finalProbabilities[i], Vote(i, codedIndices, codes, similarity, ids), finalWeight, ids);
            result.Add(scorer.Classified(scores[i] with { PriorityIds = named }, features[i]));
        }
        return new PriorityResult(result, new SupervisedReport(codedIndices.Length, Folds, Repeats, candidates, candidates[best].Name));
    }

    /// <summary>
    /// The recall model refitted on the coded answers' feature rows, held towards the shipped weights, with an
    /// intercept of each priority's own held towards zero: an organisation's coders may tick a priority more
    /// readily than its texts suggest (it goes by a name of its own in the building). One model per current priority.
    /// </summary>
    private static LogisticModel[] Refit(PriorityScorer scorer, List<AnswerFeatures> features, IEnumerable<int> training, Dictionary<int, HashSet<string>> codes, List<string> ids)
    {
        var shipped = scorer.Model;
        var d = shipped.Features.Count;
        var rows = new List<double[]>();
        var labels = new List<bool>();
        foreach (var i in training)
        {
            for (var p = 0; p < ids.Count; p++)
            {
                var row = new double[d + ids.Count];
                features[i].Rows[p].CopyTo(row, 0);
                row[d + p] = 1;
                rows.Add(row);
                labels.Add(codes[i].Contains(ids[p]));
            }
        }
        var fitted = LogisticModel.Fit([.. shipped.Features, .. ids.Select(id => "intercept " + id)], rows, labels,
            [.. Enumerable.Repeat(PriorStrength, d), .. Enumerable.Repeat(InterceptStrength, ids.Count)], [.. shipped.Weights, .. new double[ids.Count]]);
        return [.. ids.Select((_, p) => new LogisticModel(shipped.Features, [fitted.Weights[0] + fitted.Weights[d + p], .. fitted.Weights.Skip(1).Take(d - 1)]))];
    }

    private static double[][] Probabilities(IEnumerable<AnswerFeatures> features, LogisticModel[] perPriority) =>
        [.. features.Select(f => perPriority.Select((model, p) => model.Probability(f.Rows[p])).ToArray())];

    private static string Name(double scorerWeight) => scorerWeight >= 1
        ? Matcher
        : string.Create(CultureInfo.InvariantCulture, $"{scorerWeight:0.##} matcher + {1 - scorerWeight:0.##} coded neighbours");

    private static List<string> Named(double[] probability, double[] vote, double scorerWeight, List<string> ids) =>
        ids.Where((_, p) => (scorerWeight * probability[p]) + ((1 - scorerWeight) * vote[p]) >= 0.5).ToList();

    /// <summary>Per priority, the similarity-weighted share of the <see cref="Neighbours"/> closest coded answers whose coder ticked it.</summary>
    private static double[] Vote(int answer, IEnumerable<int> coded, Dictionary<int, HashSet<string>> codes, Func<int, int, double> similarity, List<string> ids)
    {
        var nearest = coded.Where(c => c != answer).Select(c => (c, s: Math.Max(0, similarity(answer, c))))
            .OrderByDescending(x => x.s).ThenBy(x => x.c).Take(Neighbours).ToList();
        var total = nearest.Sum(x => x.s);
        var vote = new double[ids.Count];
        if (total <= 0) return vote;
        for (var p = 0; p < ids.Count; p++) vote[p] = nearest.Where(x => codes[x.c].Contains(ids[p])).Sum(x => x.s) / total;
        return vote;
    }

    /// <summary>The mean of the sentence-embedding cosine (when there is an embedder) and the character n-gram cosine.</summary>
    private static Func<int, int, double> Similarities(PriorityScorer scorer, IReadOnlyList<AnswerText> answers, List<PriorityAnswerScore> scores)
    {
        var words = answers.Select((a, i) => (IReadOnlyList<string>)TextNormalizer.ContentTokens(a.Text ?? string.Empty, scores[i].Language).Select(t => t.Key).ToList()).ToList();
        var (_, grams) = CharNgramTfidf.FitTransform(words);
        var embedded = scorer.Embed(answers);
        return (a, b) =>
        {
            double lexical = grams[a].Dot(grams[b]);
            if (embedded is null) return lexical;
            var dot = 0.0;
            for (var d = 0; d < embedded[a].Length; d++) dot += embedded[a][d] * embedded[b][d];
            return (lexical + dot) / 2;
        };
    }

    private static void Add((double Tp, double Fp, double Fn)[] counts, int k, HashSet<string> want, List<string> got)
    {
        var (tp, fp, fn) = counts[k];
        counts[k] = (tp + got.Count(want.Contains), fp + got.Count(g => !want.Contains(g)), fn + want.Count(w => !got.Contains(w)));
    }

    /// <summary>Micro-F1 over the coded answers, with a seeded bootstrap interval that resamples answers.</summary>
    private static CodedCandidate Judge(string name, (double Tp, double Fp, double Fn)[] perAnswer, int seed)
    {
        static double F1(IEnumerable<(double Tp, double Fp, double Fn)> counts)
        {
            double tp = 0, fp = 0, fn = 0;
            foreach (var c in counts)
            {
                tp += c.Tp;
                fp += c.Fp;
                fn += c.Fn;
            }
            return tp == 0 ? 0 : 2 * tp / ((2 * tp) + fp + fn);
        }

        var interval = Bootstrap.Percentile(F1(perAnswer), random =>
        {
            var sample = new (double, double, double)[perAnswer.Length];
            for (var i = 0; i < sample.Length; i++) sample[i] = perAnswer[random.Next(perAnswer.Length)];
            return F1(sample);
        }, seed);
        return new CodedCandidate(name, interval.Estimate, interval.Lower, interval.Upper);
    }
}
