using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Mail;
using MimeKit;

namespace Buerogewitter.Web.Reports;

/// <summary>The report as an HTML e-mail whose charts travel as inline (cid:) images.</summary>
public sealed class ReportMail(MailSettings settings)
{
    public async Task<MimeMessage> CreateAsync(ReportView view, Manager manager, Organisation organisation)
    {
        var text = ReportText.For(manager.Language);
        var charts = ReportCharting.Render(view, manager.Language);
        var body = new BodyBuilder();
        var images = new List<ReportImage>();
        foreach (var chart in charts)
        {
            var image = body.LinkedResources.Add($"{chart.Name}.png", chart.Png, new ContentType("image", "png"));
            image.ContentId = MimeKit.Utils.MimeUtils.GenerateMessageId();
            images.Add(new ReportImage(chart.Name, $"cid:{image.ContentId}", chart.AltText));
        }

        body.HtmlBody = await ReportHtml.RenderAsync(view, manager.Language, images);
        body.TextBody = ReportHtml.Headline(view, manager.Language);
        var message = new MimeMessage { Subject = $"{text.Title}: {view.Data.OrganisationName}" };
        message.From.Add(settings.SenderFor(organisation));
        message.To.Add(new MailboxAddress(manager.DisplayName, manager.Email));
        message.Body = body.ToMessageBody();
        return message;
    }
}
