using System.Security.Cryptography;
using Buerogewitter.Core.Demo;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.Identity;

namespace Buerogewitter.Web.Demo;

/// <summary>A demo account and the password <c>demo</c> gave it on this run.</summary>
public sealed record DemoAccount(string Role, string Email, string Password);

/// <summary>
/// A manager and a consultant of the demo organisation, so that a newcomer can sign in and read its report.
/// They do not weaken a real installation: every run of <c>demo</c> draws new random passwords (printed on the
/// console only), the accounts see the demo organisation and nothing else, neither is an administrator, and
/// their addresses are in a reserved domain no mail reaches, so no password reset can be sent for them.
/// </summary>
public sealed class DemoAccounts(AdminUserStore users, IPasswordHasher<AdminUser> hasher)
{
    // Letters and digits that cannot be mistaken for each other when typed from a terminal.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private const int PasswordLength = 16;

    public async Task<IReadOnlyList<DemoAccount>> ResetAsync(long demoOrganisationId, CancellationToken cancellationToken)
    {
        DemoAccount[] accounts =
        [
            new(AdminRoles.Manager, DemoOrganisation.ManagerEmail, RandomNumberGenerator.GetString(Alphabet, PasswordLength)),
            new(AdminRoles.Consultant, DemoOrganisation.ConsultantEmail, RandomNumberGenerator.GetString(Alphabet, PasswordLength)),
        ];
        foreach (var account in accounts)
        {
            var name = account.Role == AdminRoles.Manager ? "Demo-Vertriebsleitung" : "Demo-Beratung";
            var user = new AdminUser { Email = account.Email, DisplayName = name, Role = account.Role };
            await users.CreateOrResetAsync(
                new NewAdminUser(account.Email, name, hasher.HashPassword(user, account.Password), account.Role, [demoOrganisationId]), cancellationToken);
        }

        return accounts;
    }
}
