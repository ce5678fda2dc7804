using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin.Users;

/// <summary>Accounts and their organisations; administrators only (see AdminServices).</summary>
public sealed class UsersModel(AdminUserStore users, AdminOrganisationStore organisations, IPasswordHasher<AdminUser> hasher, PasswordReset reset) : PageModel
{
    public AdminText Text => AdminText.Current;

    public IReadOnlyList<AdminUser> Accounts { get; private set; } = [];

    public ILookup<long, long> Assignments { get; private set; } = Array.Empty<long>().ToLookup(x => x);

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Role { get; set; } = AdminRoles.Consultant;

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<long> OrganisationIds { get; set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The address a reset link was just mailed to.</summary>
    public string? Mailed { get; private set; }

    public string OrganisationName(long id) => Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Email = Email.Trim();
        var known = Organisations.Select(o => o.Id).ToHashSet();
        OrganisationIds = OrganisationIds.Where(known.Contains).Distinct().ToList();
        if (!System.Net.Mail.MailAddress.TryCreate(Email, out _) || string.IsNullOrWhiteSpace(DisplayName) || !AdminRoles.All.Contains(Role))
        {
            Errors[nameof(Email)] = Text.Required;
        }
        else if (await users.FindAsync(Email, cancellationToken) is not null)
        {
            Errors[nameof(Email)] = Text.EmailTaken;
        }

        if (!string.IsNullOrEmpty(Password) && Password.Length < AdminBootstrap.MinPasswordLength)
        {
            Errors[nameof(Password)] = Text.PasswordRule;
        }

        if ((Role == AdminRoles.Manager && OrganisationIds.Count != 1) || (Role == AdminRoles.Consultant && OrganisationIds.Count == 0))
        {
            Errors["Organisations"] = Text.ManagerNeedsOne;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var hash = string.IsNullOrEmpty(Password) ? null
            : hasher.HashPassword(new AdminUser { Email = Email, DisplayName = DisplayName, Role = Role }, Password);
        await users.CreateAsync(new NewAdminUser(Email, DisplayName.Trim(), hash, Role,
            Role == AdminRoles.Administrator ? [] : OrganisationIds), cancellationToken);
        return Redirect("/admin/users");
    }

    public async Task<IActionResult> OnPostActiveAsync(long userId, bool active, CancellationToken cancellationToken)
    {
        // Locking oneself out would leave a server without anyone who can undo it.
        if (userId != User.UserId())
        {
            await users.SetActiveAsync(userId, active, cancellationToken);
        }

        return Redirect("/admin/users");
    }

    /// <summary>A manager keeps exactly one organisation, so assigning a second one is refused.</summary>
    public async Task<IActionResult> OnPostAssignAsync(long userId, long organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var user = Accounts.FirstOrDefault(u => u.Id == userId);
        if (user is null || user.Role == AdminRoles.Administrator || Organisations.All(o => o.Id != organisationId)
            || (user.Role == AdminRoles.Manager && Assignments[userId].Any()))
        {
            Errors["Organisations"] = Text.ManagerNeedsOne;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await users.AssignAsync(userId, organisationId, cancellationToken);
        return Redirect("/admin/users");
    }

    /// <summary>Mails an active account a reset link; the administrator never sees the link or sets the password.</summary>
    public async Task<IActionResult> OnPostResetAsync(long userId, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(userId, cancellationToken) is not { Active: true } user)
        {
            return NotFound();
        }

        await reset.SendAsync(user, cancellationToken);
        await LoadAsync(cancellationToken);
        Mailed = user.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostUnassignAsync(long userId, long organisationId, CancellationToken cancellationToken)
    {
        await users.UnassignAsync(userId, organisationId, cancellationToken);
        return Redirect("/admin/users");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await users.ListAsync(cancellationToken);
        Assignments = await users.AssignmentsAsync(cancellationToken);
        Organisations = await organisations.ListAsync(AccessScope.Everything, cancellationToken);
    }
}
