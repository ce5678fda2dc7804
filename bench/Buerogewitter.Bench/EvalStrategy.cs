using System.Globalization;
using System.Text;
using Buerogewitter.Analytics.Batch;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Text;
using CsvWriter = Buerogewitter.Core.Text.CsvWriter;

namespace Buerogewitter.Bench;

/// <summary>
/// Priority recall, diffuse and stale detection on ../shared/datasets/strategy-answers through the
/// <c>score</c> verb, leave one company out: each company is scored with nothing fitted on it.
/// </summary>
internal static class EvalStrategy
{
    private sealed class Counts
    {
        public int Tp;
        public int Fp;
        public int Fn;

        public void Add(IReadOnlyCollection<string> want, IReadOnlyCollection<string> got)
        {
            Tp += got.Count(want.Contains);
            Fp += got.Count(g => !want.Contains(g));
            Fn += want.Count(w => !got.Contains(w));
        }

        public double F1 => Tp == 0 ? 0 : 2.0 * Tp / ((2.0 * Tp) + Fp + Fn);

        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
    }

    private sealed record Scored(string Priorities, bool Diffuse, bool Stale, bool OffTopic);

    public static int Run(string[] args)
    {
        var showErrors = args.Contains("--errors");
        var companies = StrategyAnswers.Companies();
        var answers = StrategyAnswers.Answers();
        var shared = args.Contains("--lexical") ? ScorerResources.Default with { Embedder = null } : ScorerResources.Default;
        if (args.Contains("--no-glossary")) shared = shared with { Glossary = Glossary.Empty };
        var training = companies.ToDictionary(c => c.Id, c => TrainingRows(c, answers.Where(a => a.Company == c.Id).ToList(), shared));
        if (BenchOptions.Option(args, "--explain") is { } explainId)
        {
            var row = answers.Single(a => a.Id == explainId);
            var company = companies.Single(c => c.Id == row.Company);
            var model = RecallFit.Fit(companies.Where(c => args.Contains("--in-sample") || c.Id != company.Id).SelectMany(c => training[c.Id]).ToList(), shared.Embedder is not null);
            var scorer = new PriorityScorer(ToPriorities(company.Priorities), ToPriorities(company.Stale), shared);
            foreach (var text in new[] { row.TextDe, row.TextEn })
            {
                Console.WriteLine(text);
                Console.WriteLine("  " + scorer.Explain(text));
                var features = scorer.Features([new AnswerText(text)])[0];
                var ids = company.Priorities.Concat(company.Stale).Select(p => p.Id).ToList();
                for (var p = 0; p < ids.Count; p++)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ids[p],-5} p={model.Probability(features.Rows[p]):0.00}  ") + string.Join(" ", features.Rows[p].Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{RecallModels.FeatureNames[i]}={v:0.00}"))));
                }
            }
            return 0;
        }
        if (args.Contains("--fit"))
        {
            // The shipped models: fitted on every company, with and without the sentence embedder.
            var lexicalOnly = shared with { Embedder = null };
            var withEmbeddings = RecallFit.Fit(companies.SelectMany(c => training[c.Id]).ToList(), embeddings: true);
            var lexical = RecallFit.Fit(companies.SelectMany(c => TrainingRows(c, answers.Where(a => a.Company == c.Id).ToList(), lexicalOnly)).ToList(), embeddings: false);
            var path = Path.Combine(Datasets.RepoRoot(), "src", "Buerogewitter.Analytics", "Priorities", RecallModels.ResourceName);
            File.WriteAllText(path, new RecallModels(withEmbeddings, lexical).ToJson(
                $"bench eval-strategy --fit: strategy-answers, companies {string.Join(", ", companies.Select(c => c.Id))}, {answers.Count} answers in German and English") + "\n");
            Console.WriteLine("wrote " + path);
        }
        var priority = new Counts();
        var diffuse = new Counts();
        var stale = new Counts();
        var coded = new Counts();
        int same = 0, sameAll = 0, pairs = 0;
        Console.WriteLine("company  answers  priority                     diffuse                      stale                        coded-50 priority F1   translation same priorities");
        foreach (var company in companies)
        {
            var rows = answers.Where(a => a.Company == company.Id).ToList();
            // Leave one company out: the model that scores this company is fitted on the others only.
            var model = RecallFit.Fit(companies.Where(c => args.Contains("--in-sample") || c.Id != company.Id).SelectMany(c => training[c.Id]).ToList(), shared.Embedder is not null);
            var resources = shared with { Models = new RecallModels(model, model) };
            Console.Error.WriteLine($"{company.Id}: " + string.Join(", ", model.Features.Select((f, i) => string.Create(CultureInfo.InvariantCulture, $"{f} {model.Weights[i]:0.00}"))));
            var cp = new Counts();
            var cd = new Counts();
            var cs = new Counts();
            var written = Score(company, rows.Select(r => r.Text).ToList(), null, resources);
            for (var i = 0; i < rows.Count; i++)
            {
                var got = written[i];
                var gotIds = Ids(got.Priorities);
                cp.Add(rows[i].Priorities.ToList(), gotIds);
                cd.Add(rows[i].Diffuse ? ["d"] : [], got.Diffuse ? ["d"] : []);
                cs.Add(rows[i].Stale ? ["s"] : [], got.Stale ? ["s"] : []);
                var wrong = !rows[i].Priorities.SetEquals(gotIds) || rows[i].Diffuse != got.Diffuse || rows[i].Stale != got.Stale;
                if (showErrors && wrong)
                {
                    Console.WriteLine($"  {rows[i].Id} [{rows[i].Language}] \"{rows[i].Text}\" want [{string.Join(';', rows[i].Priorities.Order())}|{(rows[i].Stale ? "S" : "")}|{(rows[i].Diffuse ? "D" : rows[i].OffTopic ? "O" : "")}] got [{got.Priorities}|{(got.Stale ? "S" : "")}|{(got.Diffuse ? "D" : got.OffTopic ? "O" : "")}]  ({rows[i].Theme})");
                    Console.WriteLine("      " + Explainer(company).Explain(rows[i].Text));
                }
            }

            // 50 hand codes of this company, five draws: F1 on its other 100 answers.
            var cc = new Counts();
            for (var draw = 0; draw < 5; draw++)
            {
                var random = new Random(draw + 1);
                var codedIds = rows.OrderBy(_ => random.Next()).Take(50).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                var withCodes = Score(company, rows.Select(r => r.Text).ToList(), rows.Where(r => codedIds.Contains(r.Id)).Select(r => (r.Id, string.Join(';', r.Priorities))).ToList(), resources, rows.Select(r => r.Id).ToList());
                for (var i = 0; i < rows.Count; i++)
                {
                    if (!codedIds.Contains(rows[i].Id)) cc.Add(rows[i].Priorities.ToList(), Ids(withCodes[i].Priorities));
                }
            }

            var german = Score(company, rows.Select(r => r.TextDe).ToList(), null, resources);
            var english = Score(company, rows.Select(r => r.TextEn).ToList(), null, resources);
            var cSame = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (Ids(german[i].Priorities).SetEquals(Ids(english[i].Priorities))) cSame++;
                else if (args.Contains("--pairs")) Console.WriteLine($"  PAIR {rows[i].Id} want [{string.Join(';', rows[i].Priorities.Order())}] de [{german[i].Priorities}] \"{rows[i].TextDe}\" en [{english[i].Priorities}] \"{rows[i].TextEn}\"");
                if (german[i] with { Priorities = string.Join(';', Ids(german[i].Priorities).Order()) } == english[i] with { Priorities = string.Join(';', Ids(english[i].Priorities).Order()) }) sameAll++;
            }
            same += cSame;
            pairs += rows.Count;
            Merge(priority, cp);
            Merge(diffuse, cd);
            Merge(stale, cs);
            Merge(coded, cc);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{company.Id,-7}  {rows.Count,7}  {cp}  {cd}  {cs}  {cc.F1,20:0.000}   {cSame / (double)rows.Count,6:0.000}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-7}  {answers.Count,7}  {priority}  {diffuse}  {stale}  {coded.F1,20:0.000}   {same / (double)pairs,6:0.000} (priorities, stale and diffuse alike: {sameAll / (double)pairs:0.000})"));
        return 0;
    }

    private static PriorityScorer Explainer(DatasetCompany c) => new(ToPriorities(c.Priorities), ToPriorities(c.Stale), ScorerResources.Default with { Embedder = null });

    /// <summary>Feature rows of every answer of a company as written, each labelled with whether the coder found that priority.</summary>
    private static List<(double[] Row, bool Label)> TrainingRows(DatasetCompany company, List<DatasetAnswer> rows, ScorerResources resources)
    {
        var scorer = new PriorityScorer(ToPriorities(company.Priorities), ToPriorities(company.Stale), resources);
        var ids = company.Priorities.Concat(company.Stale).Select(p => p.Id).ToList();
        var result = new List<(double[], bool)>();
        // Both versions of every answer: the model sees each language as often as the other.
        foreach (var version in new Func<DatasetAnswer, string>[] { r => r.TextDe, r => r.TextEn })
        {
            var features = scorer.Features(rows.Select(r => new AnswerText(version(r))).ToList());
            for (var i = 0; i < rows.Count; i++)
            {
                for (var p = 0; p < ids.Count; p++)
                {
                    var named = p < company.Priorities.Count ? rows[i].Priorities.Contains(ids[p]) : rows[i].Theme.Contains(ids[p], StringComparison.Ordinal) && rows[i].Stale;
                    result.Add((features[i].Rows[p], named));
                }
            }
        }
        return result;
    }

    private static List<Priority> ToPriorities(IEnumerable<DatasetPriority> list) => list.Select(p => new Priority(p.Id, p.TextDe, null, p.TextEn)).ToList();

    private static void Merge(Counts into, Counts from)
    {
        into.Tp += from.Tp;
        into.Fp += from.Fp;
        into.Fn += from.Fn;
    }

    private static HashSet<string> Ids(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs the score verb on in-memory tables, as <c>buerogewitter score</c> would on files.</summary>
    private static List<Scored> Score(DatasetCompany company, List<string> texts, List<(string Id, string Priorities)>? codes, ScorerResources resources, List<string>? ids = null)
    {
        ids ??= texts.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        var priorities = Table(["id", "text", "text_en"], company.Priorities.Select(p => new[] { p.Id, p.TextDe, p.TextEn }));
        var stale = Table(["id", "text", "text_en"], company.Stale.Select(p => new[] { p.Id, p.TextDe, p.TextEn }));
        var input = Table(["id", "text"], texts.Select((t, i) => new[] { ids[i], t }));
        var coded = codes is null ? null : Table(["id", "priorities"], codes.Select(c => new[] { c.Id, c.Priorities }));
        var output = ScoreBatch.Run(priorities, stale, coded, input, new ScoreRequest("text", "id"), resources: resources);
        if (coded is not null) Console.Error.WriteLine(string.Join("\n", output.Summary.Where(l => l.Contains("F1") || l.Contains("matcher"))));
        return output.Rows.Select(r => new Scored(r[1], r[2] == "1", r[3] == "1", r[4] == "1")).ToList();
    }

    private static CsvTable Table(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(CsvWriter.Line(header)).Append("\r\n");
        foreach (var row in rows) text.Append(CsvWriter.Line(row)).Append("\r\n");
        return CsvReader.Parse(text.ToString());
    }
}

internal static class RecallFit
{
    private static double Logit(double p) => Math.Log(p / (1 - p));

    public static LogisticModel Fit(List<(double[] Row, bool Label)> rows, bool embeddings)
    {
        var names = RecallModels.FeatureNames;
        // Without an embedder the semantic columns are zero; dropping them keeps the fit well posed.
        var keep = Enumerable.Range(0, names.Count).Where(i => embeddings || !names[i].StartsWith("semantic", StringComparison.Ordinal)).ToArray();
        // Ridge 5: on two companies' rows the weights moved least between folds (ridge 0.1–20 all within ±0.01 F1).
        const double ridge = 5;
        var fitted = LogisticModel.Fit(keep.Select(i => names[i]).ToList(), rows.Select(r => keep.Select(i => r.Row[i]).ToArray()).ToList(), rows.Select(r => r.Label).ToList(), ridge);
        var weights = new double[names.Count];
        for (var k = 0; k < keep.Length; k++) weights[keep[k]] = fitted.Weights[k];
        // The decision is made at 0.5; move the intercept so that 0.5 sits where F1 on the training rows is highest.
        var model = new LogisticModel(names, weights);
        var scores = rows.Select(r => (Z: Logit(model.Probability(r.Row)), r.Label)).ToList();
        var positives = scores.Count(s => s.Label);
        var best = (F1: 0.0, Cut: 0.0);
        foreach (var cut in Enumerable.Range(-30, 61).Select(x => x / 10.0))
        {
            var tp = scores.Count(s => s.Z >= cut && s.Label);
            var fp = scores.Count(s => s.Z >= cut && !s.Label);
            var f1 = 2.0 * tp / ((2.0 * tp) + fp + (positives - tp));
            if (f1 > best.F1) best = (f1, cut);
        }
        weights[0] -= best.Cut;
        return new LogisticModel(names, weights);
    }
}
