using System.Diagnostics;
using System.Globalization;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Web.Analysis;

namespace Buerogewitter.Bench;

/// <summary>
/// Speed of one wave's analysis (<see cref="WaveAnalysis.Analyse"/>: priority recall with sentence embeddings,
/// themes, metrics and their bootstrap intervals) on answers nobody on the team wrote: strategy-answers' 450
/// answers as written and in translation, scored against one company's priorities, topped up with lightly
/// varied copies so that every answer is distinct and no embedding comes from the cache. Timed from a cold
/// start of the process, model and dictionary loading included, as the first wave after <c>serve</c> starts.
/// </summary>
internal static class SpeedAnalysis
{
    public static int Run(string[] args)
    {
        var count = int.Parse(BenchOptions.Option(args, "--answers") ?? "1000", CultureInfo.InvariantCulture);
        var company = StrategyAnswers.Companies().Single(c => c.Id == "C");
        var texts = StrategyAnswers.Answers()
            .SelectMany(a => new[] { (Text: a.TextDe, Language: "de", a.Side), (Text: a.TextEn, Language: "en", a.Side) })
            .DistinctBy(a => a.Text)
            .ToList();
        string[] openers = ["Ehrlich gesagt:", "Aus meiner Sicht", "Honestly,", "Soweit ich weiß", "I think", "Im Moment"];
        var random = new Random(count);
        var responses = Enumerable.Range(0, count).Select(i =>
        {
            var source = texts[i % texts.Count];
            var text = i < texts.Count ? source.Text : $"{openers[random.Next(openers.Length)]} {source.Text}";
            return new AnalysisResponse { Id = Guid.NewGuid(), Side = source.Side, Language = source.Language, StrategyAnswer = text, SelfClarity = 1 + random.Next(5) };
        }).ToList();
        long[] items = [1, 2, 3, 4];
        var ratings = responses.SelectMany(r => items.Select(item => new AnalysisRating { ResponseId = r.Id, ItemId = item, Value = 1 + random.Next(5) })).ToList();
        var priorities = company.Priorities.Select((p, i) => new AnalysisPriority { Id = i + 1, Text = p.TextDe, TextEn = p.TextEn }).ToList();
        var stale = company.Stale.Select((p, i) => new AnalysisPriority { Id = 100 + i, Text = p.TextDe, TextEn = p.TextEn }).ToList();
        var invitations = responses.GroupBy(r => r.Side).ToDictionary(g => g.Key, g => g.Count() * 3 / 2);
        var input = new AnalysisInput(1, responses, ratings, items, priorities, stale, invitations, [], [], Glossary: null);

        var watch = Stopwatch.StartNew();
        var record = WaveAnalysis.Analyse(input);
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} answers analysed in {watch.Elapsed.TotalSeconds:0.0} s (cold, models included), peak working set {process.PeakWorkingSet64 / 1_048_576} MB, " +
            $"{record.Themes.Count} themes, {record.Metrics.Count} figures; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return 0;
    }
}
