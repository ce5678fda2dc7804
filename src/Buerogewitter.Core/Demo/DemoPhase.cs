using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Demo;

// How people answer before and after the workshop. The workshop effect lives only here: after it, recall of
// current priorities roughly doubles, diffuse and stale answers shrink, both sides name all four priorities
// instead of "their" two and miss them in the same ways, and every Likert item moves up by about half a point.
internal sealed record DemoPhase(
    double RecallBase,
    DemoMisses InsideMisses,
    DemoMisses FieldMisses,
    double StaleMixChance,
    double ComplaintChance,
    double WorkshopMentionChance,
    IReadOnlyList<double> InsidePriorityWeights,
    IReadOnlyList<double> FieldPriorityWeights,
    IReadOnlyList<double> PriorityCountWeights,
    IReadOnlyList<double> InsideLikert,
    IReadOnlyList<double> FieldLikert,
    IReadOnlyList<double> LeadLikert,
    double SelfClarityMean,
    double CollaborationSkipChance,
    double LowestResponseRate)
{
    public const double MinResponseRate = 0.65;
    public const double MaxResponseRate = 0.90;

    // Before: each side knows the half of the strategy that matches its own work (inside: quotes and margin,
    // field: new and key accounts). Field sales still sells last year's list, inside sales more often admits
    // it does not know. Self-rated clarity is high anyway, the gap Sull et al. describe.
    public static readonly DemoPhase Before = new(
        RecallBase: 0.36,
        InsideMisses: new(Diffuse: 0.52, Stale: 0.14),
        FieldMisses: new(Diffuse: 0.30, Stale: 0.40),
        StaleMixChance: 0.15,
        ComplaintChance: 0.30,
        WorkshopMentionChance: 0,
        InsidePriorityWeights: [0.05, 0.05, 0.55, 0.35],
        FieldPriorityWeights: [0.50, 0.40, 0.04, 0.06],
        PriorityCountWeights: [0.70, 0.25, 0.05, 0],
        InsideLikert: [2.3, 3.0, 2.6, 2.5, 2.4],
        FieldLikert: [2.9, 3.1, 2.7, 2.2, 2.8],
        LeadLikert: [3.2, 3.4, 3.0, 2.9, 3.0],
        SelfClarityMean: 3.8,
        CollaborationSkipChance: 0.30,
        LowestResponseRate: MinResponseRate);

    public static readonly DemoPhase After = new(
        RecallBase: 0.74,
        InsideMisses: new(Diffuse: 0.35, Stale: 0.12),
        FieldMisses: new(Diffuse: 0.35, Stale: 0.12),
        StaleMixChance: 0.04,
        ComplaintChance: 0.10,
        WorkshopMentionChance: 0.15,
        InsidePriorityWeights: [0.24, 0.24, 0.28, 0.24],
        FieldPriorityWeights: [0.27, 0.27, 0.24, 0.22],
        PriorityCountWeights: [0.30, 0.35, 0.20, 0.15],
        InsideLikert: [3.0, 3.3, 3.2, 3.1, 3.0],
        FieldLikert: [3.3, 3.4, 3.2, 2.9, 3.2],
        LeadLikert: [3.5, 3.6, 3.3, 3.2, 3.3],
        SelfClarityMean: 4.1,
        CollaborationSkipChance: 0.22,
        LowestResponseRate: 0.72);

    public IReadOnlyList<double> PriorityWeights(Side side) => side switch
    {
        Side.Inside => InsidePriorityWeights,
        Side.Field => FieldPriorityWeights,
        _ => [1, 1, 1, 1],
    };

    public DemoMisses Misses(Side side) => side switch
    {
        Side.Inside => InsideMisses,
        Side.Field => FieldMisses,
        _ => new((InsideMisses.Diffuse + FieldMisses.Diffuse) / 2, (InsideMisses.Stale + FieldMisses.Stale) / 2),
    };

    public IReadOnlyList<double> LikertMeans(Side side) => side switch
    {
        Side.Inside => InsideLikert,
        Side.Field => FieldLikert,
        _ => LeadLikert,
    };
}

/// <summary>How an answer that names no current priority splits: diffuse, stale, and the rest a concern of the side's own work.</summary>
internal sealed record DemoMisses(double Diffuse, double Stale);
