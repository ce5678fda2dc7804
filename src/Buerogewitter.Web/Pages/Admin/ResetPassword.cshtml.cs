using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

/// <summary>The link of a reset mail: sets a new password once, within an hour of the mail.</summary>
public sealed class ResetPasswordModel(PasswordReset reset, SignInDevices devices, DatabaseReadiness readiness) : PageModel
{
    public PasswordText Text => PasswordText.Current;

    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? PasswordRepeat { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        Valid = await reset.FindAsync(token, cancellationToken) is not null;
        return Valid ? Page() : Gone();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        if (await reset.FindAsync(token, cancellationToken) is not { } user)
        {
            return Gone();
        }

        Valid = true;
        if (PasswordPolicy.Check(Password, PasswordRepeat) is { } problem)
        {
            Errors[nameof(Password)] = problem;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (!await reset.CompleteAsync(token, user, Password!, cancellationToken))
        {
            return Gone();
        }

        // The mailbox is proof enough: this browser signs in even while strangers hold the account's tries off.
        devices.Remember(HttpContext, user.Email);
        Done = true;
        return Page();
    }

    // 410: the link existed once; the page says to ask for a new one.
    private PageResult Gone()
    {
        Valid = false;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
