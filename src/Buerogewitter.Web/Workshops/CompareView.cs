using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;

namespace Buerogewitter.Web.Workshops;

/// <summary>The waves of one organisation on either side of the workshop, with the gate's decision for each wave.</summary>
public sealed record ComparedPeriods(Organisation Organisation, IReadOnlyList<AnalysedWave> Before, IReadOnlyList<AnalysedWave> After, IReadOnlyList<GateDecision> Decisions);

/// <summary>
/// The before/after comparison after the anonymity gate: the page and the chart read every figure through here.
/// A period's figure of a side is shown only when that side was shown in every one of the period's waves:
/// the monthly reports publish each wave's value, so a hidden wave inside a shown average could be recovered by subtraction.
/// </summary>
public sealed class CompareView
{
    private static readonly string[] Groups = ["inside", "field", "lead"];

    private readonly List<ComparedPeriods> periods;

    public CompareView(DateOnly workshopOn, ComparedPeriods treated, ComparedPeriods? comparison, BeforeAfterResult result, IReadOnlyDictionary<long, (string German, string English)> items)
    {
        WorkshopOn = workshopOn;
        Treated = treated;
        Comparison = comparison;
        Result = result;
        Items = items;
        periods = comparison is null ? [treated] : [treated, comparison];
    }

    public DateOnly WorkshopOn { get; }

    public ComparedPeriods Treated { get; }

    public ComparedPeriods? Comparison { get; }

    public BeforeAfterResult Result { get; }

    public IReadOnlyDictionary<long, (string German, string English)> Items { get; }

    public int ScoreMinimum => Treated.Organisation.ScoreMinResponses;

    public int TextMinimum => Treated.Organisation.TextMinResponses;

    /// <summary>The gate's decision for each analysed wave, made in order so that earlier waves count (as in the monthly report).</summary>
    public static List<GateDecision> Decide(Organisation organisation, IReadOnlyList<AnalysedWave> wavesOldestFirst)
    {
        var gate = new AnonymityGate(organisation.Thresholds());
        var decisions = new List<GateDecision>();
        foreach (var wave in wavesOldestFirst)
        {
            var counts = Groups.Select(g => new GroupCount(g, wave.Wave.Answers.Count(a => a.Side.Code() == g))).ToList();
            decisions.Add(gate.Decide(counts, withTotal: false, decisions));
        }

        return decisions;
    }

    public bool Shown(ComparedMeasure measure) => measure.Side switch
    {
        MetricNames.AllSides when measure.Metric == MetricNames.Divergence => Everywhere("inside", text: true) && Everywhere("field", text: true),
        MetricNames.AllSides => Everywhere("inside", text: false) && Everywhere("field", text: false),
        var side => Everywhere(side, text: false),
    };

    public bool Shown(LikertShift shift) => Everywhere(shift.Side, text: false);

    private bool Everywhere(string side, bool text) =>
        periods.All(p => p.Decisions.All(d => text ? d.Group(side).Text : d.Group(side).Scores));
}
