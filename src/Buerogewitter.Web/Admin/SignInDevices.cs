using System.Security.Cryptography;
using Buerogewitter.Web.Mail;
using Microsoft.AspNetCore.DataProtection;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// A browser that has signed in to an account carries a device cookie for it (OWASP's "device cookies"):
/// its wrong passwords are counted on their own, so strangers who run an account into its limit, or a
/// whole office network into the client limit, do not lock out the people who use it.
/// </summary>
public sealed class SignInDevices(IDataProtectionProvider protection, MailSettings settings)
{
    public const string CookieName = "bg_device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector protector = protection.CreateProtector("Buerogewitter.SignInDevice.v1");

    /// <summary>This browser's device id for the account, or null when it has none (or one for another account).</summary>
    public string? For(HttpContext context, string email)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie))
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(cookie).Split('\n');
            return parts.Length == 2 && parts[0] == PasswordSignIn.Normalise(email) ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Gives the browser a device cookie for the account after it proved to know the password (or the mailbox).</summary>
    public void Remember(HttpContext context, string email)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (For(context, email) is not null)
        {
            return;
        }

        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Response.Cookies.Append(CookieName, protector.Protect($"{PasswordSignIn.Normalise(email)}\n{id}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = settings.IsHttps || context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/admin",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}
