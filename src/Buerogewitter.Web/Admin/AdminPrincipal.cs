using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Buerogewitter.Data.Admin;

namespace Buerogewitter.Web.Admin;

/// <summary>The claims Buerogewitter puts into a sign-in cookie or an API-key identity, and what they allow.</summary>
public static class AdminPrincipal
{
    public const string CookieScheme = "bg-admin";
    public const string ApiKeyScheme = "bg-api-key";
    public const string OidcScheme = "oidc";
    public const string OrganisationClaim = "bg:organisation";
    public const string PasswordClaim = "bg:password";

    public static ClaimsPrincipal For(AdminUser user) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, user.DisplayName),
        new Claim(ClaimTypes.Email, user.Email),
        new Claim(ClaimTypes.Role, user.Role),
        new Claim(PasswordClaim, PasswordStamp(user)),
    ], CookieScheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>
    /// A digest of the account's password hash, carried in the cookie: once the password is changed or
    /// reset, cookies issued before no longer match and every other session of the account ends.
    /// </summary>
    public static string PasswordStamp(AdminUser user) =>
        user.PasswordHash is null ? "" : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash)).AsSpan(0, 12));

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>What the caller may see; anything unrecognised sees nothing.</summary>
    public static AccessScope Scope(this ClaimsPrincipal principal)
    {
        if (long.TryParse(principal.FindFirstValue(OrganisationClaim), System.Globalization.CultureInfo.InvariantCulture, out var organisationId))
        {
            return AccessScope.ForOrganisation(organisationId);
        }

        if (principal.IsInRole(AdminRoles.Administrator))
        {
            return AccessScope.Everything;
        }

        return principal.UserId() is { } userId ? AccessScope.ForUser(userId) : AccessScope.ForOrganisation(0);
    }

    /// <summary>Administrators and consultants set organisations up; managers only read their dashboard.</summary>
    public static bool MaySetUp(this ClaimsPrincipal principal) =>
        principal.IsInRole(AdminRoles.Administrator) || principal.IsInRole(AdminRoles.Consultant);
}
