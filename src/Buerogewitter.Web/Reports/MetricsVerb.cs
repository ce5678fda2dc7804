using System.Globalization;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Text;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Reports;

/// <summary>One row of the metrics file: a side of an analysed wave, read through the gate.</summary>
public sealed record MetricsRow(ReportWave Wave, string Month, string Side, MetricGate Gate, int WaveIndex)
{
    public MetricValue? Figure(string metric) => Gate.Value(WaveIndex, Side, metric);

    public MetricValue? BothSides(string metric) => Gate.Value(WaveIndex, MetricNames.AllSides, metric);
}

/// <summary>A column of the metrics file and how a row fills it; empty where the gate hides the figure.</summary>
public sealed record MetricsColumn(string Name, Func<MetricsRow, string?> Cell);

/// <summary>
/// <c>buerogewitter metrics</c>: the stored figures of every analysed wave per side as CSV, only what the
/// anonymity gate lets out. <see cref="Columns"/> is the one place that maps figures to columns.
/// </summary>
public sealed class MetricsVerb : Verb
{
    public static readonly IReadOnlyList<MetricsColumn> Columns =
    [
        new("wave", r => r.Wave.Id.ToString(CultureInfo.InvariantCulture)),
        new("month", r => r.Month),
        new("side", r => r.Side),
        new("responses", r => Number(r.Figure(MetricNames.Responses)?.Value)),
        new("clarity", r => Number(r.Figure(MetricNames.ClarityIndex)?.Value)),
        new("recall", r => Number(r.Figure(MetricNames.RecallMean)?.Value)),
        new("diffuse", r => Number(r.Figure(MetricNames.DiffuseShare)?.Value)),
        new("stale", r => Number(r.Figure(MetricNames.StaleShare)?.Value)),
        // Divergence is one figure between the sides; it repeats on both sides' rows.
        new("divergence", r => Number(r.BothSides(MetricNames.Divergence)?.Value)),
        new("divergence_low", r => Number(r.BothSides(MetricNames.Divergence)?.Lower)),
        new("divergence_high", r => Number(r.BothSides(MetricNames.Divergence)?.Upper)),
        // How often shuffling the side labels gives a divergence as large: below 0.05 it is beyond chance.
        new("divergence_p", r => Number(r.BothSides(MetricNames.DivergenceP)?.Value)),
    ];

    public override string Name => "metrics";

    public override string Summary => "write the stored figures of every analysed wave per side as CSV, as far as the anonymity gate allows";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation", Required: true),
        new("output", "FILE.csv", $"writes {string.Join(',', Columns.Select(c => c.Name))}; hidden figures are empty", Required: true),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var output = context.Require("output");
        var waves = await context.Service<ReportStore>().WavesAsync(organisation.Id, DateTimeOffset.MaxValue, context.Cancellation);
        var gate = new MetricGate(organisation.Thresholds(), [.. waves.Select(w => w.Metrics)]);
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < waves.Count; i++)
        {
            var month = LocalTime.In(waves[i].OpensAt, organisation.TimeZone).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            // Leads have a row only where the gate shows their scores: they are few, and not part of the gap.
            var sides = gate.Decision(i).Group("lead").Scores ? ["inside", "field", "lead"] : new[] { "inside", "field" };
            rows.AddRange(sides.Select(side => new MetricsRow(waves[i], month, side, gate, i))
                .Select(row => (IReadOnlyList<string>)[.. Columns.Select(c => c.Cell(row) ?? "")]));
        }

        await OutputFiles.WriteAsync(output, async (stream, _) =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            CsvWriter.Write(writer, [.. Columns.Select(c => c.Name)], rows);
        }, context.Cancellation);
        context.Out.WriteLine($"{output}: {waves.Count} analysed wave(s) of {organisation.Slug}");
        return CommandLine.Success;
    }

    private static string? Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
}
