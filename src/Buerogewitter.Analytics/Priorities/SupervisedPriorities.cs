using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// The supervised option: one ML.NET logistic regression per priority (one-vs-rest) on the
/// matcher's evidence plus character n-gram TF-IDF, trained on 70% of the coded answers and
/// checked on the other 30%. Coded answers keep the coder's codes; uncoded answers take the
/// model's decisions only when it agreed better with the coder than the matcher did.
/// </summary>
internal static class SupervisedPriorities
{
    private sealed class Row
    {
        public bool Label;
        public VBuffer<float> Features;
    }

    public static PriorityResult Apply(PriorityScorer scorer, IReadOnlyList<AnswerText> answers, List<PriorityAnswerScore> scores, IReadOnlyList<CodedAnswer> coded, int seed)
    {
        var priorities = scorer.Current;
        var codes = coded.Where(c => c.Index >= 0 && c.Index < answers.Count).GroupBy(c => c.Index).ToDictionary(g => g.Key, g => g.Last().PriorityIds.ToHashSet(StringComparer.Ordinal));
        var random = new Random(seed);
        var codedIndices = codes.Keys.Order().OrderBy(_ => random.Next()).ToArray();
        var trainCount = (int)Math.Round(codedIndices.Length * 0.7);
        var train = codedIndices.Take(trainCount).ToArray();
        var heldOut = codedIndices.Skip(trainCount).ToArray();

        var words = answers.Select((a, i) => (IReadOnlyList<string>)TextNormalizer.ContentTokens(a.Text ?? string.Empty, scores[i].Language).Select(t => t.Key).ToList()).ToList();
        var (tfidf, vectors) = CharNgramTfidf.FitTransform(words);
        var dimension = priorities.Count + tfidf.Dimension;
        var features = new VBuffer<float>[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            var evidence = scorer.Evidence(answers[i].Text ?? string.Empty, scores[i].Language);
            var indices = Enumerable.Range(0, priorities.Count).Concat(vectors[i].Indices.Select(x => x + priorities.Count)).ToArray();
            var values = evidence.Select(e => (float)e).Concat(vectors[i].Values).ToArray();
            features[i] = new VBuffer<float>(dimension, indices.Length, values, indices);
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var ml = new MLContext(seed);
        var predicted = new bool[answers.Count, priorities.Count];
        for (var p = 0; p < priorities.Count; p++)
        {
            var id = priorities[p].Id;
            var rows = train.Select(i => new Row { Label = codes[i].Contains(id), Features = features[i] }).ToList();
            if (rows.All(r => r.Label) || rows.All(r => !r.Label))
            {
                // Nothing to learn from one class: the model repeats it.
                for (var i = 0; i < answers.Count; i++) predicted[i, p] = rows.Count > 0 && rows[0].Label;
                continue;
            }
            var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(nameof(Row.Label), nameof(Row.Features))
                .Fit(ml.Data.LoadFromEnumerable(rows, schema));
            var all = model.Transform(ml.Data.LoadFromEnumerable(answers.Select((_, i) => new Row { Features = features[i] }), schema));
            var labels = all.GetColumn<bool>("PredictedLabel").ToArray();
            for (var i = 0; i < answers.Count; i++) predicted[i, p] = labels[i];
        }

        var coder = new List<bool>();
        var byModel = new List<bool>();
        var byMatcher = new List<bool>();
        foreach (var i in heldOut)
        {
            for (var p = 0; p < priorities.Count; p++)
            {
                coder.Add(codes[i].Contains(priorities[p].Id));
                byModel.Add(predicted[i, p]);
                byMatcher.Add(scores[i].PriorityIds.Contains(priorities[p].Id));
            }
        }
        var modelKappa = Kappa.Binary(coder, byModel);
        var matcherKappa = Kappa.Binary(coder, byMatcher);
        var useModel = heldOut.Length > 0 && modelKappa > matcherKappa;

        var result = new List<PriorityAnswerScore>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            IReadOnlyList<string> ids = codes.TryGetValue(i, out var given)
                ? priorities.Where(p => given.Contains(p.Id)).Select(p => p.Id).ToList()
                : useModel ? priorities.Where((_, p) => predicted[i, p]).Select(p => p.Id).ToList() : scores[i].PriorityIds;
            result.Add(scores[i] with { PriorityIds = ids, IsDiffuse = scores[i].IsDiffuse && ids.Count == 0 });
        }
        return new PriorityResult(result, new SupervisedReport(train.Length, heldOut.Length, modelKappa, matcherKappa, useModel));
    }
}
