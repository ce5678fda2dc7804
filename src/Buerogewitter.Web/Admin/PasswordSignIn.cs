using System.Security.Cryptography;
using System.Text;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.Identity;

namespace Buerogewitter.Web.Admin;

public enum SignInOutcome
{
    Success,
    Failed,
    LockedOut,
}

/// <summary>
/// One try to sign in: the e-mail and password typed, the client's address, and this browser's device
/// id for the account (<see cref="SignInDevices"/>), if it has one.
/// </summary>
public sealed record SignInAttempt(string Email, string Password, string? Client, string? Device);

/// <summary>
/// Local accounts: hashed passwords, and failed tries counted per subject instead of locking the account
/// for everyone. A browser that signed in to the account before is counted on its own; any other try
/// counts against the e-mail (whether or not an account has it) and against the client's address. Every
/// try verifies exactly one password hash and answers alike, so neither the message nor its timing says
/// whether an account exists or is held off.
/// </summary>
public sealed partial class PasswordSignIn(AdminUserStore users, SignInThrottleStore throttle, IPasswordHasher<AdminUser> hasher, ILogger<PasswordSignIn> logger)
{
    /// <summary>Wrong passwords for one e-mail from browsers that never signed in to it.</summary>
    public static readonly ThrottleLimit PerAccount = new(5, TimeSpan.FromMinutes(15));

    /// <summary>Wrong passwords from a browser that signed in to the account before.</summary>
    public static readonly ThrottleLimit PerDevice = new(5, TimeSpan.FromMinutes(15));

    /// <summary>Wrong passwords from one address, whatever e-mails they were for.</summary>
    public static readonly ThrottleLimit PerClient = new(20, TimeSpan.FromMinutes(15));

    // Verified when there is no account or the try is held off, so that every answer costs one hash.
    private static readonly AdminUser Nobody = new() { Email = "", DisplayName = "", Role = AdminRoles.Manager };
    private static readonly string NobodyHash = new PasswordHasher<AdminUser>().HashPassword(Nobody, Guid.NewGuid().ToString());

    public static string Normalise(string email) => (email ?? "").Trim().ToLowerInvariant();

    public async Task<(SignInOutcome Outcome, AdminUser? User)> CheckAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var email = Normalise(attempt.Email);
        (byte[] Subject, ThrottleLimit Limit)[] counted = attempt.Device is { } device
            ? [(Subject("device", device), PerDevice)]
            : [(Subject("account", email), PerAccount), (Subject("client", attempt.Client ?? ""), PerClient)];
        var subjects = counted.Select(c => c.Subject).ToList();
        var blocked = await throttle.AnyBlockedAsync(subjects, cancellationToken);
        var user = await users.FindAsync(email, cancellationToken);
        var candidate = !blocked && user is { Active: true, PasswordHash: not null } ? user : null;
        var result = hasher.VerifyHashedPassword(candidate ?? Nobody, candidate?.PasswordHash ?? NobodyHash, attempt.Password);
        if (blocked)
        {
            return (SignInOutcome.LockedOut, null);
        }

        if (candidate is null || result == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailureAsync(counted, cancellationToken);
            if (await throttle.AnyBlockedAsync(subjects, cancellationToken))
            {
                LogHeldOff(logger, attempt.Device is null ? "browsers new to the account" : "one known browser");
                return (SignInOutcome.LockedOut, null);
            }

            return (SignInOutcome.Failed, null);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // The cookie's password stamp must come from the hash now stored.
            candidate = candidate with { PasswordHash = hasher.HashPassword(candidate, attempt.Password) };
            await users.UpdatePasswordHashAsync(candidate.Id, candidate.PasswordHash, cancellationToken);
        }

        // The client's count is not cleared: a correct password for one account says nothing about the
        // guesses the same address made at others.
        await throttle.ClearAsync([counted[0].Subject], cancellationToken);
        return (SignInOutcome.Success, candidate);
    }

    // Only a hash of the value is stored, so the table lists neither addresses nor e-mails in clear.
    private static byte[] Subject(string kind, string value) => SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{value}"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-ins held off for 15 minutes after repeated wrong passwords ({Scope})")]
    private static partial void LogHeldOff(ILogger logger, string scope);
}
