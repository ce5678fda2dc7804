using System.Globalization;
using Buerogewitter.Core.Metrics;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

/// <summary>Each measure's history: both sides' views, wave by wave, of whether it is being kept. Managers read it too.</summary>
public sealed class FollowThroughModel(WorkshopRecordStore workshops) : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public WorkshopText Words => WorkshopText.Current;

    public WorkshopRecord Workshop { get; private set; } = null!;

    public IReadOnlyList<MeasureHistory> Histories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long workshopId, CancellationToken cancellationToken)
    {
        if (await workshops.LoadAsync(Organisation.Id, workshopId, cancellationToken) is not { } workshop)
        {
            return NotFound();
        }

        Workshop = workshop;
        var counts = await workshops.CheckCountsAsync(Organisation.Id, workshopId, cancellationToken);
        Histories = FollowThroughView.Build(workshop, counts, Organisation.Thresholds());
        return Page();
    }

    public string View(SideCheck check) => check.Rating is { } rating
        ? string.Format(CultureInfo.CurrentCulture, Words.MeanFormat, rating.Estimate, rating.Lower, rating.Upper, check.Answers)
        : string.Format(CultureInfo.CurrentCulture, Words.TooFewFormat, Organisation.ScoreMinResponses);

    /// <summary>The change since the side's previous shown wave, or null for its first one.</summary>
    public string? Change(SideCheck check) => check.Change is { } change
        ? string.Format(CultureInfo.CurrentCulture, check.Trend switch
        {
            Verdict.Improved => Words.ChangeUpFormat,
            Verdict.Worse => Words.ChangeDownFormat,
            _ => Words.ChangeNoneFormat,
        }, change.Estimate, change.Lower, change.Upper)
        : null;
}
