using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;

namespace Buerogewitter.Web.Workshops;

/// <summary>The organisation lacks analysed waves on one side of the workshop day.</summary>
public sealed record MissingWaves(Organisation Organisation, bool Before);

public sealed record ComparisonOutcome(CompareView? View, MissingWaves? Missing);

/// <summary>
/// The before/after comparison around a workshop from the stored analyses: the `compare` verb and the
/// app's compare page both build it here, so the file and the page always agree.
/// </summary>
public sealed class WorkshopComparison(WorkshopStore store)
{
    public async Task<ComparisonOutcome> BuildAsync(Organisation organisation, WorkshopRow workshop, int baseline, Organisation? comparison,
        CancellationToken cancellationToken)
    {
        var treated = await PeriodsAsync(organisation, workshop.HeldOn, baseline, cancellationToken);
        if (treated.Missing is not null)
        {
            return new ComparisonOutcome(null, treated.Missing);
        }

        var control = comparison is null ? default : await PeriodsAsync(comparison, workshop.HeldOn, baseline, cancellationToken);
        if (control.Missing is not null)
        {
            return new ComparisonOutcome(null, control.Missing);
        }

        // The workshop id seeds the bootstrap: the same comparison gives the same page every time it is shown.
        var result = BeforeAfter.Compare(Waves(treated.Periods!.Before), Waves(treated.Periods.After), seed: (int)workshop.Id,
            control.Periods is null ? null : Waves(control.Periods.Before), control.Periods is null ? null : Waves(control.Periods.After));
        return new ComparisonOutcome(
            new CompareView(workshop.HeldOn, treated.Periods, control.Periods, result, await store.ItemTextsAsync(organisation.Id, cancellationToken)),
            null);
    }

    private static List<ComparedWave> Waves(IReadOnlyList<AnalysedWave> waves) => [.. waves.Select(w => w.Wave)];

    /// <summary>
    /// The baseline waves (closed by the workshop day, the last <paramref name="baseline"/> of them) and every
    /// wave that opened after it, in the organisation's time zone; a wave running across the workshop belongs to neither.
    /// </summary>
    private async Task<(ComparedPeriods? Periods, MissingWaves? Missing)> PeriodsAsync(Organisation organisation, DateOnly workshopOn, int baseline,
        CancellationToken cancellationToken)
    {
        var waves = await store.AnalysedWavesAsync(organisation.Id, cancellationToken);
        var decisionOf = waves.Zip(CompareView.Decide(organisation, waves)).ToDictionary(p => p.First.Id, p => p.Second);
        DateOnly Local(DateTimeOffset time) => LocalTime.DateOf(time, organisation.TimeZone);
        var before = waves.Where(w => Local(w.ClosesAt) <= workshopOn).TakeLast(baseline).ToList();
        var after = waves.Where(w => Local(w.OpensAt) > workshopOn).ToList();
        if (before.Count == 0 || after.Count == 0)
        {
            return (null, new MissingWaves(organisation, Before: before.Count == 0));
        }

        var periodDecisions = before.Concat(after).Select(w => decisionOf[w.Id]).ToList();
        return (new ComparedPeriods(organisation, before, after, periodDecisions), null);
    }
}
