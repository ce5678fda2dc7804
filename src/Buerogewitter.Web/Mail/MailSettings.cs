using System.Globalization;
using Buerogewitter.Core.Organisations;
using MailKit.Security;
using MimeKit;

namespace Buerogewitter.Web.Mail;

/// <summary>
/// <c>Smtp:Host</c>, <c>Smtp:Port</c>, <c>Smtp:Tls</c> (none|starttls|ssl), <c>Smtp:User</c>, <c>Smtp:Password</c>,
/// <c>Mail:From</c>, <c>Mail:PickupFolder</c> and <c>PublicBaseUrl</c> (where survey links point).
/// </summary>
public sealed record MailSettings
{
    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 25;

    public SecureSocketOptions Tls { get; init; } = SecureSocketOptions.None;

    public string? User { get; init; }

    public string? Password { get; init; }

    public string From { get; init; } = "Buerogewitter <pulse@localhost>";

    public string PickupFolder { get; init; } = "data/outbox";

    public Uri PublicBaseUrl { get; init; } = new("http://localhost:5000");

    /// <summary>Whether people reach the app over https, even where a proxy in front of it ends TLS.</summary>
    public bool IsHttps => PublicBaseUrl.Scheme == Uri.UriSchemeHttps;

    /// <summary>The sender of an organisation's mails: its own name and address where set, the installation's otherwise.</summary>
    public MailboxAddress SenderFor(Organisation organisation)
    {
        var installation = MailboxAddress.Parse(From);
        return new MailboxAddress(organisation.MailFromName ?? installation.Name, organisation.MailFromAddress ?? installation.Address);
    }

    public static MailSettings Read(IConfiguration configuration)
    {
        var tls = configuration["Smtp:Tls"]?.ToUpperInvariant() switch
        {
            null or "" or "NONE" => SecureSocketOptions.None,
            "STARTTLS" => SecureSocketOptions.StartTls,
            "SSL" => SecureSocketOptions.SslOnConnect,
            var other => throw new InvalidOperationException($"Smtp:Tls '{other}' is not one of none, starttls, ssl"),
        };
        var defaults = new MailSettings();
        return new MailSettings
        {
            SmtpHost = configuration["Smtp:Host"],
            SmtpPort = configuration["Smtp:Port"] is { } port
                ? int.Parse(port, NumberStyles.Integer, CultureInfo.InvariantCulture)
                : tls == SecureSocketOptions.SslOnConnect ? 465 : tls == SecureSocketOptions.StartTls ? 587 : 25,
            Tls = tls,
            User = configuration["Smtp:User"],
            Password = configuration["Smtp:Password"],
            From = configuration["Mail:From"] ?? defaults.From,
            PickupFolder = configuration["Mail:PickupFolder"] ?? defaults.PickupFolder,
            PublicBaseUrl = configuration["Buerogewitter:PublicBaseUrl"] is { } url ? new Uri(url) : defaults.PublicBaseUrl,
        };
    }
}
