using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

/// <summary>The one-time link that <c>serve</c> prints when there is no account yet.</summary>
public sealed class SetupModel(AdminUserStore users, IPasswordHasher<AdminUser> hasher, DatabaseReadiness readiness) : PageModel
{
    public AdminText Text => AdminText.Current;

    public bool Valid { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? PasswordRepeat { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        Valid = InvitationToken.HashOf(token) is { } hash && await users.SetupTokenIsValidAsync(hash, cancellationToken);
        return Valid ? Page() : NotFoundPage();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        if (InvitationToken.HashOf(token) is not { } hash)
        {
            return NotFoundPage();
        }

        Valid = true;
        if (string.IsNullOrWhiteSpace(Email) || !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _))
        {
            Errors[nameof(Email)] = Text.Required;
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            Errors[nameof(DisplayName)] = Text.Required;
        }

        if (PasswordPolicy.Check(Password, PasswordRepeat) is { } problem)
        {
            Errors[nameof(Password)] = problem;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var user = new AdminUser { Email = Email!, DisplayName = DisplayName!.Trim(), Role = AdminRoles.Administrator };
        user = user with { PasswordHash = hasher.HashPassword(user, Password!) };
        var id = await users.CompleteSetupAsync(hash,
            new NewAdminUser(Email!, DisplayName.Trim(), user.PasswordHash, AdminRoles.Administrator, []), cancellationToken);
        if (id is null)
        {
            return NotFoundPage();
        }

        await HttpContext.SignInAsync(AdminPrincipal.CookieScheme, AdminPrincipal.For(user with { Id = id.Value, Email = Email!.Trim().ToLowerInvariant() }));
        return Redirect("/admin");
    }

    private PageResult NotFoundPage()
    {
        Valid = false;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
