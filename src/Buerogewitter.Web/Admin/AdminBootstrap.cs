using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.Identity;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// First start: there is no default password. Either <c>Admin:Email</c> and <c>Admin:Password</c>
/// name the first administrator, or <c>serve</c> prints a one-time setup link.
/// </summary>
public sealed class AdminBootstrap(AdminUserStore users, IPasswordHasher<AdminUser> hasher, IConfiguration configuration)
{
    public static readonly TimeSpan SetupLinkLifetime = TimeSpan.FromHours(24);

    public const int MinPasswordLength = 12;

    /// <returns>A line for the console, or null when accounts already exist.</returns>
    public async Task<string?> EnsureAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        if (await users.AnyAdministratorAsync(cancellationToken))
        {
            return null;
        }

        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            if (password.Length < MinPasswordLength)
            {
                throw new InvalidOperationException($"Admin:Password must have at least {MinPasswordLength} characters");
            }

            var user = new AdminUser { Email = email, DisplayName = email, Role = AdminRoles.Administrator };
            await users.CreateAsync(new NewAdminUser(email, email, hasher.HashPassword(user, password), AdminRoles.Administrator, []), cancellationToken);
            return $"administrator {email.Trim().ToLowerInvariant()} created from configuration";
        }

        var token = InvitationToken.Create();
        await users.CreateSetupTokenAsync(token.Hash, SetupLinkLifetime, cancellationToken);
        return $"no administrator yet — create one within 24 hours at {new Uri(baseAddress, $"/admin/setup/{token.Text}")} (the link works once)";
    }
}
