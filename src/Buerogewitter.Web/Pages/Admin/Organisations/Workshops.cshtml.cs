using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

/// <summary>The organisation's workshops; managers see them too, with the follow-through and the before/after comparison.</summary>
public sealed class WorkshopsModel(WorkshopRecordStore workshops) : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public WorkshopText Words => WorkshopText.Current;

    public IReadOnlyList<WorkshopSummary> Workshops { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Workshops = await workshops.ListAsync(Organisation.Id, cancellationToken);
}
