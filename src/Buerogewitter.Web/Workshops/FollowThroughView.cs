using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;

namespace Buerogewitter.Web.Workshops;

/// <summary>
/// One side's view of a measure in one wave: its mean rating (1–5) with a 95% interval, or null when the gate hides it;
/// and the change since the side's previous shown wave with its interval, null for the first or after a hidden wave.
/// </summary>
public sealed record SideCheck(Interval? Rating, int Answers, Interval? Change = null)
{
    public double? Mean => Rating?.Estimate;

    /// <summary>Up or down only when the change's interval excludes zero; a wider interval is no trend.</summary>
    public Verdict? Trend => Change?.VerdictFor(higherIsBetter: true);
}

public sealed record WaveCheck(int Number, DateTimeOffset OpensAt, SideCheck Inside, SideCheck Field);

public sealed record MeasureHistory(WorkshopMeasure Measure, IReadOnlyList<WaveCheck> Waves);

/// <summary>
/// Whether each measure is being kept, as each side sees it in the pulses after the workshop. Every
/// figure passes the anonymity gate: a side's mean is shown only with enough answers to the question,
/// and the gate compares each wave with the measure's earlier waves, as it does for the monthly report.
/// </summary>
public static class FollowThroughView
{
    private static readonly string[] ComparedSides = [.. Sides.Compared.Select(s => s.Code())];

    public static IReadOnlyList<MeasureHistory> Build(WorkshopRecord workshop, IReadOnlyList<MeasureCheckCount> counts, AnonymityThresholds thresholds)
    {
        var gate = new AnonymityGate(thresholds);
        return workshop.Measures.Select(measure =>
        {
            var decisions = new List<GateDecision>();
            var waves = new List<WaveCheck>();
            // The previous wave's ratings per side, while it was shown: a change is computed only between two shown means.
            var previous = new Dictionary<string, RatingSums>(StringComparer.Ordinal);
            foreach (var wave in counts.Where(c => c.MeasureId == measure.Id).GroupBy(c => (c.WaveId, c.WaveNumber, c.OpensAt)).OrderBy(g => g.Key.WaveNumber))
            {
                var bySide = ComparedSides.ToDictionary(s => s, s => wave.FirstOrDefault(c => c.Side == s));
                // Only the two sides are shown and no total, so hiding one cannot be undone by subtraction.
                var decision = gate.Decide([.. ComparedSides.Select(s => new GroupCount(s, bySide[s]?.Answers ?? 0))], withTotal: false, decisions);
                decisions.Add(decision);
                SideCheck Check(string side)
                {
                    if (bySide[side] is not { Answers: > 0 } c || !decision.Group(side).Scores)
                    {
                        previous.Remove(side);
                        return new SideCheck(null, bySide[side]?.Answers ?? 0);
                    }

                    var sums = new RatingSums(c.Answers, c.RatingSum, c.RatingSquares);
                    var change = previous.TryGetValue(side, out var before) ? CheckBack.Change(before, sums) : null;
                    previous[side] = sums;
                    return new SideCheck(CheckBack.Mean(sums), c.Answers, change);
                }

                waves.Add(new WaveCheck(wave.Key.WaveNumber, wave.Key.OpensAt, Check(Side.Inside.Code()), Check(Side.Field.Code())));
            }

            return new MeasureHistory(measure, waves);
        }).ToList();
    }
}
