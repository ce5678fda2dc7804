using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Reports;

namespace Buerogewitter.Web.Workshops;

/// <summary>
/// Where an organisation's latest wave stands among the other opted-in clients, one sentence per measure,
/// for the `benchmark` verb and the benchmark page alike. Only percentiles come out, never another client's figure.
/// </summary>
public static class BenchmarkPlacement
{
    private static readonly string[] Groups = [.. Sides.All.Select(s => s.Code())];

    private static readonly string[] ComparedSides = [.. Sides.Compared.Select(s => s.Code())];

    public static IReadOnlyList<string> Lines(long organisationId, IReadOnlyList<BenchmarkEntry> entries, string language)
    {
        var german = language == "de";
        var t = ReportText.For(language);
        (string Label, Func<BenchmarkEntry, double?> Value, bool HigherIsBetter)[] measures =
        [
            (german ? "Klarheitsindex (Mittel beider Seiten)" : "Clarity index (mean of both sides)", e => BothSides(e, MetricNames.ClarityIndex), true),
            (german ? "Divergenz zwischen den Seiten" : "Divergence between the sides", Divergence, false),
            (german ? "Zusammenarbeitsindex (Mittel beider Seiten)" : "Collaboration index (mean of both sides)", e => BothSides(e, MetricNames.CollaborationIndex), true),
        ];
        return measures.Select(measure =>
        {
            var (label, value, higherIsBetter) = measure;
            var own = entries.FirstOrDefault(e => e.OrganisationId == organisationId) is { } mine ? value(mine) : null;
            var others = entries.Where(e => e.OrganisationId != organisationId).Select(value).OfType<double>().ToList();
            var percentile = own is { } o ? Benchmark.Percentile(o, others, higherIsBetter) : null;
            return percentile is { } p
                ? string.Format(t.Culture, german ? "{0}: besser als {1:0} % der anderen Teilnehmer" : "{0}: better than {1:0}% of the other participants", label, p)
                : string.Format(t.Culture, german ? "{0}: nicht gezeigt (weniger als {1} Organisationen mit ausreichend Antworten)" : "{0}: not shown (fewer than {1} organisations with enough responses)",
                    label, Benchmark.MinimumOrganisations);
        }).ToList();
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
        return ComparedSides.All(side => decision.Group(side).Text) ? Value(entry, MetricNames.AllSides, MetricNames.Divergence) : null;
    }

    private static GateDecision Decide(BenchmarkEntry entry) =>
        new AnonymityGate(new AnonymityThresholds(entry.ScoreMinResponses, entry.TextMinResponses)).Decide(
            [.. Groups.Select(g => new GroupCount(g, (int)(Value(entry, g, MetricNames.Responses) ?? 0)))], withTotal: false);

    private static double? Value(BenchmarkEntry entry, string side, string metric) =>
        entry.Metrics.FirstOrDefault(m => m.Side == side && m.Metric == metric)?.Value;
}
