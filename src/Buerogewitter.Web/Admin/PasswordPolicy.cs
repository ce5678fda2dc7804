namespace Buerogewitter.Web.Admin;

/// <summary>The rule for every password people choose here (setup link, change, reset): at least 12 characters, typed the same twice.</summary>
public static class PasswordPolicy
{
    /// <returns>The message to show, or null when the password may be used.</returns>
    public static string? Check(string? password, string? repeat)
    {
        if ((password?.Length ?? 0) < AdminBootstrap.MinPasswordLength)
        {
            return AdminText.Current.PasswordRule;
        }

        return password == repeat ? null : AdminText.Current.PasswordsDiffer;
    }
}
