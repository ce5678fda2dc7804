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
            var model = RecallFit.Fit(companies.Where(c => args.Contains("--in-sample") || c.Id != company.Id).SelectMany(c => training[c.Id].Recall).ToList(), shared.Embedder is not null);
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
            var withEmbeddings = RecallFit.Fit(companies.SelectMany(c => training[c.Id].Recall).ToList(), embeddings: true);
            var lexical = RecallFit.Fit(companies.SelectMany(c => TrainingRows(c, answers.Where(a => a.Company == c.Id).ToList(), lexicalOnly).Recall).ToList(), embeddings: false);
            var diffuseModel = DiffuseFit.Fit(companies.Select(c => training[c.Id].Diffuse).ToList(), shared.Embedder?.Name);
            var path = Path.Combine(Datasets.RepoRoot(), "src", "Buerogewitter.Analytics", "Priorities", RecallModels.ResourceName);
            File.WriteAllText(path, new RecallModels(withEmbeddings, lexical, diffuseModel).ToJson(
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
            var model = RecallFit.Fit(companies.Where(c => args.Contains("--in-sample") || c.Id != company.Id).SelectMany(c => training[c.Id].Recall).ToList(), shared.Embedder is not null);
            var diffuseModel = DiffuseFit.Fit(companies.Where(c => c.Id != company.Id).Select(c => training[c.Id].Diffuse).ToList(), shared.Embedder?.Name);
            var resources = shared with { Models = new RecallModels(model, model, diffuseModel) };
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
                    Console.WriteLine($"  {rows[i].Id} [{rows[i].Language}] \"{rows[i].Text}\" want {Flags(rows[i].Priorities, rows[i].Stale, rows[i].Diffuse, rows[i].OffTopic)} got {Flags(gotIds, got.Stale, got.Diffuse, got.OffTopic)}  ({rows[i].Theme})");
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
                if (Normalised(german[i]) == Normalised(english[i])) sameAll++;
                else if (args.Contains("--pairs")) Console.WriteLine($"  PAIR {rows[i].Id} want {Flags(rows[i].Priorities, rows[i].Stale, rows[i].Diffuse, rows[i].OffTopic)} de {Flags(Ids(german[i].Priorities), german[i].Stale, german[i].Diffuse, german[i].OffTopic)} \"{rows[i].TextDe}\" en {Flags(Ids(english[i].Priorities), english[i].Stale, english[i].Diffuse, english[i].OffTopic)} \"{rows[i].TextEn}\"");
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

    /// <summary>
    /// What the models are fitted on, from every answer of a company in both versions: per answer and priority the
    /// recall row, labelled with whether the coder found that priority; per answer the diffuse row, labelled diffuse
    /// or not, and whether the coder found no priority, stale priority or other topic in it (the answers the
    /// diffuse model decides on).
    /// </summary>
    private static CompanyRows TrainingRows(DatasetCompany company, List<DatasetAnswer> rows, ScorerResources resources)
    {
        var scorer = new PriorityScorer(ToPriorities(company.Priorities), ToPriorities(company.Stale), resources);
        var ids = company.Priorities.Concat(company.Stale).Select(p => p.Id).ToList();
        var result = new CompanyRows([], []);
        // Both versions of every answer: the models see each language as often as the other.
        foreach (var version in new Func<DatasetAnswer, string>[] { r => r.TextDe, r => r.TextEn })
        {
            var features = scorer.Features(rows.Select(r => new AnswerText(version(r))).ToList());
            for (var i = 0; i < rows.Count; i++)
            {
                for (var p = 0; p < ids.Count; p++)
                {
                    var named = p < company.Priorities.Count ? rows[i].Priorities.Contains(ids[p]) : rows[i].Theme.Contains(ids[p], StringComparison.Ordinal) && rows[i].Stale;
                    result.Recall.Add((features[i].Rows[p], named));
                }
                result.Diffuse.Add(new DiffuseExample(features[i].DiffuseRow, rows[i].Diffuse, rows[i].Priorities.Count == 0 && !rows[i].Stale && !rows[i].OffTopic));
            }
        }
        return result;
    }

    private sealed record CompanyRows(List<(double[] Row, bool Label)> Recall, List<DiffuseExample> Diffuse);

    private static List<Priority> ToPriorities(IEnumerable<DatasetPriority> list) => list.Select(p => new Priority(p.Id, p.TextDe, null, p.TextEn)).ToList();

    private static void Merge(Counts into, Counts from)
    {
        into.Tp += from.Tp;
        into.Fp += from.Fp;
        into.Fn += from.Fn;
    }

    /// <summary>An answer's codes as the error lists show them: "[C1;C3|S|D]" (priorities, stale, diffuse or off-topic).</summary>
    private static string Flags(IEnumerable<string> priorities, bool stale, bool diffuse, bool offTopic) =>
        $"[{string.Join(';', priorities.Order(StringComparer.Ordinal))}|{(stale ? "S" : "")}|{(diffuse ? "D" : offTopic ? "O" : "")}]";

    private static Scored Normalised(Scored scored) => scored with { Priorities = string.Join(';', Ids(scored.Priorities).Order(StringComparer.Ordinal)) };

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
        weights[0] -= BestCut(rows.Select(r => (Logit(model.Probability(r.Row)), r.Label)).ToList(), tenths: 30);
        return new LogisticModel(names, weights);
    }

    public static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>The log-odds cut, in tenths from −tenths/10 to +tenths/10, at which F1 of the scored rows is highest.</summary>
    public static double BestCut(List<(double Z, bool Label)> scores, int tenths)
    {
        var positives = scores.Count(s => s.Label);
        var best = (F1: 0.0, Cut: 0.0);
        foreach (var cut in Enumerable.Range(-tenths, (2 * tenths) + 1).Select(x => x / 10.0))
        {
            var tp = scores.Count(s => s.Z >= cut && s.Label);
            var fp = scores.Count(s => s.Z >= cut && !s.Label);
            var f1 = 2.0 * tp / ((2.0 * tp) + fp + (positives - tp));
            if (f1 > best.F1) best = (f1, cut);
        }
        return best.Cut;
    }
}

internal sealed record DiffuseExample(double[] Row, bool Diffuse, bool NamesNothing);

internal static class DiffuseFit
{
    // Leave one company out on strategy-answers, diffuse F1 among the answers that name nothing was 0.950, 0.962
    // and 0.966 with ridge 0.03, 0.1 and 0.3 (best cut each, measured while choosing the features); the rows'
    // values are of order one.
    private const double Ridge = 0.3;

    /// <summary>
    /// The diffuse model fitted on the given companies' answers: with embeddings when the rows carry them, and
    /// on the word features alone. The training rows are fitted too closely to choose the decision point on, so
    /// it is chosen on held-out companies: each model fitted without one company, the cut that gives the best F1
    /// on that company's answers that name nothing, averaged and moved into the intercept.
    /// </summary>
    public static DiffuseModel Fit(List<List<DiffuseExample>> companies, string? embedder)
    {
        var lexical = Fit(companies, DiffuseModel.WordFeatures.Count);
        var width = companies[0][0].Row.Length;
        var withEmbeddings = width > DiffuseModel.WordFeatures.Count ? Fit(companies, width) : lexical;
        return new DiffuseModel(embedder ?? "none", withEmbeddings, lexical);
    }

    private static LogisticModel Fit(List<List<DiffuseExample>> companies, int width)
    {
        var cuts = Enumerable.Range(0, companies.Count)
            .Select(h => BestCut(Fit(companies.Where((_, c) => c != h).SelectMany(x => x).ToList(), width), companies[h], width))
            .ToList();
        var model = Fit(companies.SelectMany(x => x).ToList(), width);
        var weights = model.Weights.ToArray();
        weights[0] -= cuts.Average();
        return model with { Weights = weights };
    }

    private static LogisticModel Fit(List<DiffuseExample> examples, int width)
    {
        var names = width == DiffuseModel.WordFeatures.Count ? DiffuseModel.WordFeatures : DiffuseModel.FeaturesWithEmbeddings(width - DiffuseModel.WordFeatures.Count);
        return LogisticModel.Fit(names, examples.Select(e => e.Row[..width]).ToList(), examples.Select(e => e.Diffuse).ToList(), Ridge);
    }

    private static double BestCut(LogisticModel model, List<DiffuseExample> heldOut, int width) =>
        RecallFit.BestCut([.. heldOut.Where(e => e.NamesNothing).Select(e => (RecallFit.Logit(model.Probability(e.Row.AsSpan(0, width))), e.Diffuse))], tenths: 40);
}
