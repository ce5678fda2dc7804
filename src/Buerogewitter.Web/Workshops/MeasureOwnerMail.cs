using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Mail;
using MimeKit;

namespace Buerogewitter.Web.Workshops;

/// <summary>How many owners a save of a workshop told by mail, and how many of those mails failed (they go out on the next save).</summary>
public sealed record OwnerMailResult(int Sent, int Failed);

/// <summary>
/// Tells each owner chosen from the roster, once per measure, which measures they carry, who carries each on the
/// other side and by when, in the owner's language. Each mail is claimed in the database before it is sent, so saving twice or
/// two people saving at once mails nobody twice; a mail that fails is given back and goes out on the next save.
/// </summary>
public sealed partial class MeasureOwnerMail(WorkshopRecordStore workshops, IMailSender sender, MailSettings settings, ILogger<MeasureOwnerMail> logger)
{
    public async Task<OwnerMailResult> SendAsync(Organisation organisation, long workshopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var (sent, failed) = (0, 0);
        // One mail per person, listing every measure of this workshop they have not been told about.
        foreach (var owner in (await workshops.UnmailedOwnersAsync(organisation.Id, workshopId, cancellationToken)).GroupBy(o => o.ParticipantId))
        {
            var claimed = new List<OwnerNotice>();
            foreach (var measure in owner)
            {
                if (await workshops.ClaimOwnerMailAsync(measure.MeasureId, measure.ParticipantId, cancellationToken))
                {
                    claimed.Add(measure);
                }
            }

            if (claimed.Count == 0)
            {
                continue;
            }

            try
            {
                await sender.SendAsync(await CreateAsync(organisation, claimed), cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                foreach (var measure in claimed)
                {
                    await workshops.ReleaseOwnerMailAsync(measure.MeasureId, measure.ParticipantId, CancellationToken.None);
                }

                LogFailed(logger, workshopId, ex);
                failed++;
            }
        }

        return new OwnerMailResult(sent, failed);
    }

    /// <summary>The mail to one owner about their <paramref name="measures"/> (all of the same person), in the owner's language.</summary>
    public async Task<MimeMessage> CreateAsync(Organisation organisation, IReadOnlyList<OwnerNotice> measures)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(measures);
        var owner = measures[0];
        var english = owner.Language == "en";
        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");
        string Title(OwnerNotice m) => english && !string.IsNullOrWhiteSpace(m.TitleEn) ? m.TitleEn : m.Title;
        string Due(OwnerNotice m) => m.DueOn.ToString("D", culture);
        static bool Inside(OwnerNotice m) => m.Side == "inside";
        string[] lines = english
            ?
            [
                $"Dear {owner.DisplayName},",
                $"in the workshop at {organisation.Name}, inside and field sales agreed on measures. You own {(measures.Count == 1 ? "this one" : "these")}:",
                .. measures.Select(m => $"“{Title(m)}” – you in {(Inside(m) ? "inside" : "field")} sales, {m.CoOwner} in {(Inside(m) ? "field" : "inside")} sales; due on {Due(m)}."),
                "The monthly pulse asks both sides how well each measure is kept; those answers stay anonymous.",
                "Thank you!",
            ]
            :
            [
                // As the invitation does: German companies address staff by full name when no form of address is stored.
                $"Guten Tag {owner.DisplayName},",
                $"im Workshop bei {organisation.Name} haben Innen- und Außendienst Maßnahmen vereinbart. Sie sind verantwortlich für:",
                .. measures.Select(m => $"„{Title(m)}“ – Sie im {(Inside(m) ? "Innendienst" : "Außendienst")}, {m.CoOwner} im {(Inside(m) ? "Außendienst" : "Innendienst")}; fällig am {Due(m)}."),
                "Die monatliche Befragung fragt beide Seiten, wie gut jede Maßnahme eingehalten wird; diese Antworten bleiben anonym.",
                "Vielen Dank!",
            ];
        var message = new MimeMessage();
        message.From.Add(settings.SenderFor(organisation));
        message.To.Add(new MailboxAddress(owner.DisplayName, owner.Email));
        message.Subject = english
            ? $"Your measures from the workshop at {organisation.Name}"
            : $"Ihre Maßnahmen aus dem Workshop bei {organisation.Name}";
        message.Body = await new MailDocumentModel(english ? "en" : "de", [.. lines.Select(l => new MailParagraph(l))]).ToBodyAsync();
        return message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A mail to an owner of measures of workshop {WorkshopId} could not be sent; it goes out on the next save")]
    private static partial void LogFailed(ILogger logger, long workshopId, Exception exception);
}
