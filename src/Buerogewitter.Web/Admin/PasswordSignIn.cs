using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.Identity;

namespace Buerogewitter.Web.Admin;

public enum SignInOutcome
{
    Success,
    Failed,
    LockedOut,
}

/// <summary>Local accounts: hashed passwords and a lockout of 15 minutes after 5 wrong passwords in a row.</summary>
public sealed partial class PasswordSignIn(AdminUserStore users, IPasswordHasher<AdminUser> hasher, TimeProvider clock, ILogger<PasswordSignIn> logger)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    // Verified when the e-mail is unknown, so the answer takes as long as for a known one.
    private static readonly AdminUser Nobody = new() { Email = "", DisplayName = "", Role = AdminRoles.Manager };
    private static readonly string NobodyHash = new PasswordHasher<AdminUser>().HashPassword(Nobody, Guid.NewGuid().ToString());

    public async Task<(SignInOutcome Outcome, AdminUser? User)> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(email, cancellationToken);
        if (user is not { Active: true, PasswordHash: not null })
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash, password);
            return (SignInOutcome.Failed, null);
        }

        if (user.LockedUntil > clock.GetUtcNow())
        {
            return (SignInOutcome.LockedOut, null);
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            await users.RecordFailedSignInAsync(user.Id, MaxFailures, Lockout, cancellationToken);
            var after = await users.FindAsync(user.Id, cancellationToken);
            if (after?.LockedUntil > clock.GetUtcNow())
            {
                LogLockedOut(logger, user.Id);
                return (SignInOutcome.LockedOut, null);
            }

            return (SignInOutcome.Failed, null);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // The cookie's password stamp must come from the hash now stored.
            user = user with { PasswordHash = hasher.HashPassword(user, password) };
            await users.UpdatePasswordHashAsync(user.Id, user.PasswordHash, cancellationToken);
        }

        await users.RecordSuccessfulSignInAsync(user.Id, cancellationToken);
        return (SignInOutcome.Success, user);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin account {UserId} locked after repeated wrong passwords")]
    private static partial void LogLockedOut(ILogger logger, long userId);
}
