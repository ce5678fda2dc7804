using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Pulses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

public sealed class AdminIndexModel(
    AdminOrganisationStore organisations, OrganisationStore store, AdminUserStore users, JobSchedule schedule, DatabaseReadiness readiness)
    : PageModel
{
    public AdminText Text => AdminText.Current;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Slug { get; set; } = "";

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        Organisations = await organisations.ListAsync(User.Scope(), cancellationToken);
    }

    /// <summary>A consultant who creates an organisation is assigned to it, or they could not open it.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!User.MaySetUp())
        {
            return Forbid();
        }

        Slug = Slug.Trim().ToLowerInvariant();
        Name = Name.Trim();
        Error = OrganisationRules.CheckSlug(Slug) ?? (Name.Length == 0 ? Text.Required : null);
        if (Error is null && await store.FindAsync(Slug, cancellationToken) is not null)
        {
            Error = Text.SlugTaken;
        }

        if (Error is not null)
        {
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var organisation = await store.CreateAsync(new NewOrganisation(Slug, Name, OrganisationDefaults.TimeZone, OrganisationDefaults.Language), cancellationToken);
        schedule.Sync(organisation);
        if (!User.IsInRole(AdminRoles.Administrator))
        {
            await users.AssignAsync(User.UserId()!.Value, organisation.Id, cancellationToken);
        }

        return Redirect($"/admin/o/{organisation.Slug}/settings");
    }
}
