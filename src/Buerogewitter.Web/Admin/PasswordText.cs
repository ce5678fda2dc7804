using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Admin;

/// <summary>Texts of password change and reset, in German and English.</summary>
public sealed record PasswordText
{
    public static PasswordText Current => Localized.Pick(German, English);

    public required string ChangeTitle { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string NewPasswordRepeat { get; init; }
    public required string CurrentWrong { get; init; }
    public required string SameAsCurrent { get; init; }
    public required string Changed { get; init; }
    public required string NoLocalPassword { get; init; }
    public required string Forgot { get; init; }
    public required string ResetTitle { get; init; }
    public required string ResetIntro { get; init; }
    public required string SendLink { get; init; }
    public required string ResetSent { get; init; }
    public required string SetTitle { get; init; }
    public required string SetPassword { get; init; }
    public required string LinkInvalid { get; init; }
    public required string PasswordSet { get; init; }
    public required string SendResetLink { get; init; }
    public required string ResetMailedFormat { get; init; }

    public static readonly PasswordText German = new()
    {
        ChangeTitle = "Passwort ändern",
        CurrentPassword = "Aktuelles Passwort",
        NewPassword = "Neues Passwort",
        NewPasswordRepeat = "Neues Passwort wiederholen",
        CurrentWrong = "Das aktuelle Passwort stimmt nicht.",
        SameAsCurrent = "Das neue Passwort muss sich vom aktuellen unterscheiden.",
        Changed = "Ihr Passwort ist geändert.",
        NoLocalPassword = "Ihr Konto hat kein Passwort, es meldet sich über das Firmenkonto an. Ein Passwort legen Sie über „Passwort vergessen?“ auf der Anmeldeseite fest.",
        Forgot = "Passwort vergessen?",
        ResetTitle = "Passwort zurücksetzen",
        ResetIntro = "Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, der eine Stunde lang und nur einmal gilt.",
        SendLink = "Link senden",
        ResetSent = "Wenn zu dieser Adresse ein Konto gehört, ist eine E-Mail mit einem Link unterwegs. Er gilt eine Stunde lang und nur einmal.",
        SetTitle = "Neues Passwort festlegen",
        SetPassword = "Passwort festlegen",
        LinkInvalid = "Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie auf der Anmeldeseite unter „Passwort vergessen?“ einen neuen an.",
        PasswordSet = "Ihr neues Passwort gilt. Bitte melden Sie sich damit an.",
        SendResetLink = "Link zum Zurücksetzen senden",
        ResetMailedFormat = "Ein Link zum Zurücksetzen des Passworts ging an {0}.",
    };

    public static readonly PasswordText English = new()
    {
        ChangeTitle = "Change password",
        CurrentPassword = "Current password",
        NewPassword = "New password",
        NewPasswordRepeat = "Repeat the new password",
        CurrentWrong = "The current password is not correct.",
        SameAsCurrent = "The new password must differ from the current one.",
        Changed = "Your password has been changed.",
        NoLocalPassword = "Your account has no password; it signs in with the company account. To set a password, use “Forgot your password?” on the sign-in page.",
        Forgot = "Forgot your password?",
        ResetTitle = "Reset password",
        ResetIntro = "Enter your account's e-mail address. We will send you a link that works once, within one hour.",
        SendLink = "Send link",
        ResetSent = "If an account belongs to this address, an e-mail with a link is on its way. The link works once, within one hour.",
        SetTitle = "Set a new password",
        SetPassword = "Set password",
        LinkInvalid = "This link has expired or has already been used. Request a new one with “Forgot your password?” on the sign-in page.",
        PasswordSet = "Your new password is in place. Please sign in with it.",
        SendResetLink = "Send reset link",
        ResetMailedFormat = "A password reset link was sent to {0}.",
    };
}
