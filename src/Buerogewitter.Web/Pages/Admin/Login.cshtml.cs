using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

public sealed class LoginModel(
    PasswordSignIn signIn, SignInDevices devices, DatabaseReadiness readiness, IAuthenticationSchemeProvider schemes, AdminOrganisationStore organisations)
    : PageModel
{
    public AdminText Text => AdminText.Current;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public bool OidcEnabled { get; private set; }

    public async Task OnGetAsync() => OidcEnabled = await schemes.GetSchemeAsync(AdminPrincipal.OidcScheme) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        var email = Email ?? "";
        var (outcome, user) = await signIn.CheckAsync(
            new SignInAttempt(email, Password ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), devices.For(HttpContext, email)), cancellationToken);
        if (outcome != SignInOutcome.Success)
        {
            await OnGetAsync();
            Error = outcome == SignInOutcome.LockedOut ? Text.LockedOut : Text.SignInFailed;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        devices.Remember(HttpContext, user!.Email);
        var principal = AdminPrincipal.For(user);
        await HttpContext.SignInAsync(AdminPrincipal.CookieScheme, principal);
        // "/admin" is where a bare visit to the admin pages sends people to sign in: no particular page was asked for.
        if (Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/admin")
        {
            return LocalRedirect(ReturnUrl);
        }

        return LocalRedirect(await LandingAsync(principal, cancellationToken));
    }

    /// <summary>Where the company's identity provider returns to when no page was asked for: the same landing as a password sign-in.</summary>
    public async Task<IActionResult> OnGetLandingAsync(CancellationToken cancellationToken) => User.Identity?.IsAuthenticated == true
        ? LocalRedirect(await LandingAsync(User, cancellationToken))
        : LocalRedirect("/admin/login");

    private async Task<string> LandingAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        AdminLanding.Dashboard(principal, await organisations.ListAsync(principal.Scope(), cancellationToken)) ?? "/admin";

    // A link, not a form: CSP form-action 'self' would stop a form post from redirecting to the identity provider.
    // Without a configured provider the link is not offered, and a typed one finds nothing.
    public async Task<IActionResult> OnGetOidcAsync() => await schemes.GetSchemeAsync(AdminPrincipal.OidcScheme) is null
        ? NotFound()
        : Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/admin" ? ReturnUrl : "/admin/login?handler=Landing" },
            AdminPrincipal.OidcScheme);
}
