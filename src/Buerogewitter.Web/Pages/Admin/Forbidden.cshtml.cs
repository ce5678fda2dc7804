using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

/// <summary>
/// What a refused admin request shows instead of the browser's bare 403 (see <see cref="AdminServices.UseForbiddenPage"/>).
/// It is re-executed for GET and POST alike, so it has no handler (the view keeps the 403) and no antiforgery
/// check; it reveals nothing beyond the caller's own role.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ForbiddenModel : PageModel
{
    public AdminText Text => AdminText.Current;

    public string? RoleName => AdminRoles.All.FirstOrDefault(User.IsInRole) is { } role ? Text.RoleNames[role] : null;
}
