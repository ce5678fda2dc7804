using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;
using Buerogewitter.Web.Reports;

namespace Buerogewitter.Web.Workshops;

public sealed class BenchmarkVerb : Verb
{
    private static readonly string[] Groups = ["inside", "field", "lead"];

    private static readonly string[] ComparedSides = ["inside", "field"];

    public override string Name => "benchmark";

    public override string Summary =>
        $"for consultants: where an organisation's latest wave stands among the other opted-in clients (percentiles only; needs {Benchmark.MinimumOrganisations} taking part)";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation to place; it must have benchmark_opt_in itself", Required: true),
        new("language", "de|en", "language of the lines (default: the organisation's)"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var language = context.Get("language") ?? organisation.Language;
        if (language is not ("de" or "en"))
        {
            throw new UsageException($"--language '{language}' is not one of de, en");
        }

        if (!organisation.BenchmarkOptIn)
        {
            throw new UsageException($"{organisation.Slug} has not opted in to the benchmark");
        }

        var entries = await context.Service<WorkshopStore>().BenchmarkAsync(context.Cancellation);
        var german = language == "de";
        var t = ReportText.For(language);
        (string Label, Func<BenchmarkEntry, double?> Value, bool HigherIsBetter)[] measures =
        [
            (german ? "Klarheitsindex (Mittel beider Seiten)" : "Clarity index (mean of both sides)", e => BothSides(e, MetricNames.ClarityIndex), true),
            (german ? "Divergenz zwischen den Seiten" : "Divergence between the sides", Divergence, false),
            (german ? "Zusammenarbeitsindex (Mittel beider Seiten)" : "Collaboration index (mean of both sides)", e => BothSides(e, MetricNames.CollaborationIndex), true),
        ];
        foreach (var (label, value, higherIsBetter) in measures)
        {
            var own = entries.FirstOrDefault(e => e.OrganisationId == organisation.Id) is { } mine ? value(mine) : null;
            var others = entries.Where(e => e.OrganisationId != organisation.Id).Select(value).OfType<double>().ToList();
            var percentile = own is { } o ? Benchmark.Percentile(o, others, higherIsBetter) : null;
            context.Out.WriteLine(percentile is { } p
                ? t.Format(german ? "{0}: besser als {1:0} % der anderen Teilnehmer" : "{0}: better than {1:0}% of the other participants", label, p)
                : t.Format(german ? "{0}: nicht gezeigt (weniger als {1} Organisationen mit ausreichend Antworten)" : "{0}: not shown (fewer than {1} organisations with enough responses)",
                    label, Benchmark.MinimumOrganisations));
        }

        return CommandLine.Success;
    }

    // Each organisation's own thresholds decide whether its figure may take part at all.
    private static double? BothSides(BenchmarkEntry entry, string metric)
    {
        var decision = Decide(entry);
        var values = ComparedSides.Select(side => decision.Group(side).Scores ? Value(entry, side, metric) : null).ToList();
        return values.All(v => v.HasValue) ? values.Average() : null;
    }

    private static double? Divergence(BenchmarkEntry entry)
    {
        var decision = Decide(entry);
        return decision.Group("inside").Text && decision.Group("field").Text ? Value(entry, MetricNames.AllSides, MetricNames.Divergence) : null;
    }

    private static GateDecision Decide(BenchmarkEntry entry) =>
        new AnonymityGate(new AnonymityThresholds(entry.ScoreMinResponses, entry.TextMinResponses)).Decide(
            [.. Groups.Select(g => new GroupCount(g, (int)(Value(entry, g, MetricNames.Responses) ?? 0)))], withTotal: false);

    private static double? Value(BenchmarkEntry entry, string side, string metric) =>
        entry.Metrics.FirstOrDefault(m => m.Side == side && m.Metric == metric)?.Value;
}
