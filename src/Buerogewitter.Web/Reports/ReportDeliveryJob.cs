using System.Globalization;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Web.Reports;

/// <summary>
/// The monthly report mail to an organisation's managers. Idempotent per organisation, month and
/// manager: a retry mails only those whose mail the server has not accepted yet.
/// </summary>
public sealed class ReportDeliveryJob(
    OrganisationStore organisations,
    AnalysisStore analyses,
    WaveAnalysis analysis,
    ReportStore reports,
    ReportDeliveryStore deliveries,
    ReportMail mail,
    IMailSender sender,
    TimeProvider clock)
{
    public async Task RunAsync(long organisationId)
    {
        var organisation = await organisations.FindAsync(organisationId);
        if (organisation is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var waveId in await analyses.PendingAsync(organisationId, now))
        {
            await analysis.RunAsync(waveId);
        }

        var data = await reports.LoadAsync(organisationId, now);
        if (data is null)
        {
            return;
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone));
        var month = local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var view = new ReportView(data);
        foreach (var manager in await deliveries.PendingAsync(organisationId, month))
        {
            await sender.SendAsync(mail.Create(view, manager), CancellationToken.None);
            await deliveries.RecordAsync(organisationId, month, manager.Email);
        }
    }
}
