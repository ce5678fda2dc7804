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
        Histories = FollowThroughView.Build(workshop, counts,
            Organisation.Thresholds());
        return Page();
    }

    public string View(SideCheck check) => check.Mean is { } mean
        ? WorkshopText.Format(Words.MeanFormat, mean, check.Answers)
        : WorkshopText.Format(Words.TooFewFormat, Organisation.ScoreMinResponses);
}
