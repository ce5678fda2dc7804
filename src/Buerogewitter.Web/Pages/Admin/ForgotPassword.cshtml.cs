using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin;

/// <summary>"Forgot password": the same answer for every address, so the form cannot be used to find accounts.</summary>
public sealed class ForgotPasswordModel(PasswordReset reset, DatabaseReadiness readiness) : PageModel
{
    public PasswordText Text => PasswordText.Current;

    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Email))
        {
            reset.Request(Email);
        }

        Sent = true;
        return Page();
    }
}
