using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

/// <summary>The workshop's cards for the projector in the room: large type, both sides side by side, no admin chrome.</summary>
public sealed class ProjectorModel(WorkshopRecordStore workshops) : OrganisationPageModel
{
    public WorkshopText Words => WorkshopText.Current;

    public WorkshopRecord Workshop { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long workshopId, CancellationToken cancellationToken)
    {
        if (await workshops.LoadAsync(Organisation.Id, workshopId, cancellationToken) is not { } workshop)
        {
            return NotFound();
        }

        Workshop = workshop;
        return Page();
    }
}
