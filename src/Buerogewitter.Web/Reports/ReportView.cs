using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Data.Reports;

namespace Buerogewitter.Web.Reports;

/// <summary>
/// The report's numbers after the anonymity gate: every figure the report, its charts and the
/// dashboard show comes through here, so nothing can bypass the thresholds.
/// </summary>
public sealed class ReportView
{
    private static readonly string[] Groups = ["inside", "field", "lead"];

    private readonly List<GateDecision> decisions = [];

    public ReportView(ReportData data)
    {
        Data = data;
        var gate = new AnonymityGate(new AnonymityThresholds(data.ScoreMinResponses, data.TextMinResponses));
        foreach (var wave in data.Waves)
        {
            var counts = Groups.Select(g => new GroupCount(g, (int)Raw(wave, g, MetricNames.Responses)!.Value)).ToList();
            // Each wave is checked against the earlier ones, so a month that adds one person cannot be diffed.
            decisions.Add(gate.Decide(counts, withTotal: false, decisions));
        }
    }

    public ReportData Data { get; }

    public ReportWave Latest => Data.Waves[^1];

    public ReportWave? Previous => Data.Waves.Count > 1 ? Data.Waves[^2] : null;

    public int WaveIndex(ReportWave wave) => Data.Waves.ToList().IndexOf(wave);

    /// <summary>A score of one side, or null when the side has too few responses.</summary>
    public MetricValue? Score(ReportWave wave, string side, string metric) =>
        decisions[WaveIndex(wave)].Group(side).Scores ? Raw(wave, side, metric) : null;

    /// <summary>Theme shares and quotes of one side, or null below the text threshold.</summary>
    public MetricValue? TextLevel(ReportWave wave, string side, string metric) =>
        decisions[WaveIndex(wave)].Group(side).Text ? Raw(wave, side, metric) : null;

    /// <summary>Figures that compare inside and field need both sides at the given level.</summary>
    public MetricValue? BothSides(ReportWave wave, string metric, bool text)
    {
        var decision = decisions[WaveIndex(wave)];
        var shown = text
            ? decision.Group("inside").Text && decision.Group("field").Text
            : decision.Group("inside").Scores && decision.Group("field").Scores;
        return shown ? Raw(wave, MetricNames.AllSides, metric) : null;
    }

    public bool QuotesShown => decisions[^1].Group("inside").Text && decisions[^1].Group("field").Text;

    private static MetricValue? Raw(ReportWave wave, string side, string metric) =>
        wave.Metrics.FirstOrDefault(m => m.Side == side && m.Metric == metric);
}
