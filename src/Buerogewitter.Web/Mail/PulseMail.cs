using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Pulses;
using MimeKit;

namespace Buerogewitter.Web.Mail;

/// <summary>The invitation and reminder mails, in the participant's language, as plain text and simple HTML.</summary>
public sealed class PulseMail(MailSettings settings)
{
    public async Task<MimeMessage> CreateAsync(Organisation organisation, Wave wave, Recipient recipient, string kind, InvitationToken token)
    {
        var german = recipient.Language == "de";
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-GB");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        var closing = SurveyDeadline.LastWorkingDay(wave.OpensAt, wave.ClosesAt, zone).ToString("D", culture);
        var link = new Uri(settings.PublicBaseUrl, $"/s/{token.Text}").ToString();
        var texts = german
            ? German(organisation, recipient, kind, closing)
            : English(organisation, recipient, kind, closing);

        var message = new MimeMessage();
        message.From.Add(settings.SenderFor(organisation));
        message.To.Add(new MailboxAddress(recipient.DisplayName, recipient.Email));
        message.Subject = texts.Subject;
        message.Body = await new MailDocumentModel(german ? "de" : "en",
        [
            new(texts.Greeting),
            .. texts.Paragraphs.Select(p => new MailParagraph(p)),
            new(texts.Button, MailParagraphKind.Button, link),
            new(link, MailParagraphKind.Fine),
            new(texts.Closing),
        ]).ToBodyAsync();
        return message;
    }

    private sealed record Texts(string Subject, string Greeting, IReadOnlyList<string> Paragraphs, string Button, string Closing);

    private static Texts German(Organisation o, Recipient r, string kind, string closing) => new(
        kind == MailKind.Invite ? $"Zwei Minuten: Wie klar ist unsere Vertriebsstrategie? ({o.Name})" : $"Erinnerung: Ihre Meinung zählt noch bis {closing}",
        // "Guten Tag" with the full name is how German companies address staff whose form of address they do not store.
        $"Guten Tag {r.DisplayName},",
        [
            kind == MailKind.Invite
                ? $"einmal im Monat fragen wir Innen- und Außendienst von {o.Name}, wie klar die Vertriebsstrategie ist und wie die Zusammenarbeit läuft. Das dauert etwa zwei Minuten."
                : "vielleicht ist unsere Umfrage untergegangen – sie dauert nur etwa zwei Minuten. Damit Ihr Link sicher funktioniert, schicken wir Ihnen hier einen neuen; ältere Links gelten nicht mehr.",
            $"Ihre Antwort bleibt anonym: Wir speichern sie ohne Namen und ohne Verbindung zu diesem Link. Ergebnisse sehen andere nur für Gruppen ab {o.ScoreMinResponses} Antworten, freie Texte erst ab {o.TextMinResponses}.",
            $"Die Umfrage ist offen bis einschließlich {closing}. Hier geht es los:",
        ],
        "Zur Umfrage",
        "Vielen Dank!");

    private static Texts English(Organisation o, Recipient r, string kind, string closing) => new(
        kind == MailKind.Invite ? $"Two minutes: how clear is our sales strategy? ({o.Name})" : $"Reminder: your view still counts until {closing}",
        $"Dear {r.DisplayName},",
        [
            kind == MailKind.Invite
                ? $"once a month we ask inside and field sales at {o.Name} how clear the sales strategy is and how working together is going. It takes about two minutes."
                : "our survey may have got lost in your inbox – it only takes about two minutes. To make sure your link works, here is a new one; earlier links no longer work.",
            $"Your answer stays anonymous: we store it without your name and without any connection to this link. Results are shown only for groups of at least {o.ScoreMinResponses} answers, free text only from {o.TextMinResponses}.",
            $"The survey is open until the end of {closing}. Start here:",
        ],
        "Open the survey",
        "Thank you!");
}
