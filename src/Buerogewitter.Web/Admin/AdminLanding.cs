using System.Security.Claims;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Admin;

namespace Buerogewitter.Web.Admin;

/// <summary>Where someone who signs in starts: the dashboard of their only organisation, or the list of organisations.</summary>
public static class AdminLanding
{
    /// <summary>The dashboard of the one organisation a manager or consultant sees; null for administrators and for several or none.</summary>
    public static string? Dashboard(ClaimsPrincipal user, IReadOnlyList<Organisation> visible)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(visible);
        return !user.IsInRole(AdminRoles.Administrator) && visible.Count == 1 ? $"/admin/o/{visible[0].Slug}" : null;
    }
}
