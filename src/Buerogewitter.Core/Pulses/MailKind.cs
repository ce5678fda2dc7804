namespace Buerogewitter.Core.Pulses;

/// <summary>The kinds of mail a wave sends, as stored in <c>mail_delivery.kind</c>.</summary>
public static class MailKind
{
    public const string Invite = "invite";
    public const string Reminder1 = "reminder1";
    public const string Reminder2 = "reminder2";
}
