using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

public sealed class AdminIndexModel(AdminOrganisationStore organisations, DatabaseReadiness readiness) : PageModel
{
    public AdminText Text => AdminText.Current;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        Organisations = await organisations.ListAsync(User.Scope(), cancellationToken);
    }
}
