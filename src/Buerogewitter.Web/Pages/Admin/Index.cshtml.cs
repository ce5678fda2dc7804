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

    /// <summary>
    /// A manager who sees one organisation has nothing to choose here and goes straight to its dashboard;
    /// consultants stay, because this page is also where they create organisations.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return !User.MaySetUp() && AdminLanding.Dashboard(User, Organisations) is { } dashboard ? Redirect(dashboard) : Page();
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
            await LoadAsync(cancellationToken);
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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        Organisations = await organisations.ListAsync(User.Scope(), cancellationToken);
    }
}
