using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

/// <summary>
/// A signed-in person changes their password. The current one is checked like a sign-in, so wrong
/// guesses count towards the limits on sign-in and an open session cannot be used to try passwords freely.
/// </summary>
public sealed class PasswordModel(AdminUserStore users, PasswordSignIn signIn, SignInDevices devices, IPasswordHasher<AdminUser> hasher) : PageModel
{
    public PasswordText Text => PasswordText.Current;

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? PasswordRepeat { get; set; }

    public bool HasPassword { get; private set; }

    public bool Changed { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken) => HasPassword = await CurrentUserAsync(cancellationToken) is { PasswordHash: not null };

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync(cancellationToken) is not { PasswordHash: not null } user)
        {
            return Page();
        }

        HasPassword = true;
        if (PasswordPolicy.Check(Password, PasswordRepeat) is { } problem)
        {
            Errors[nameof(Password)] = problem;
        }
        else if (Password == CurrentPassword)
        {
            Errors[nameof(Password)] = Text.SameAsCurrent;
        }

        var (outcome, _) = await signIn.CheckAsync(new SignInAttempt(
            user.Email, CurrentPassword ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), devices.For(HttpContext, user.Email)), cancellationToken);
        if (outcome != SignInOutcome.Success)
        {
            Errors[nameof(CurrentPassword)] = outcome == SignInOutcome.LockedOut ? AdminText.Current.LockedOut : Text.CurrentWrong;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var changed = user with { PasswordHash = hasher.HashPassword(user, Password!) };
        await users.UpdatePasswordHashAsync(user.Id, changed.PasswordHash, cancellationToken);
        // The new hash ends every other session of the account; this one gets a cookie with the new stamp.
        await HttpContext.SignInAsync(AdminPrincipal.CookieScheme, AdminPrincipal.For(changed));
        Changed = true;
        return Page();
    }

    private async Task<AdminUser?> CurrentUserAsync(CancellationToken cancellationToken) =>
        User.UserId() is { } id ? await users.FindAsync(id, cancellationToken) : null;
}
