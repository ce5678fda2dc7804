using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Mail;
using Buerogewitter.Web.Pulses;

namespace Buerogewitter.Web.Reports;

/// <summary>
/// The monthly report mail to an organisation's managers. Idempotent per organisation, month and
/// manager: a retry mails only those whose mail the server has not accepted yet.
/// </summary>
public sealed partial class ReportDeliveryJob(
    OrganisationStore organisations,
    AnalysisStore analyses,
    WaveLifecycle lifecycle,
    ReportStore reports,
    ReportDeliveryStore deliveries,
    ReportMail mail,
    IMailSender sender,
    TimeProvider clock,
    ILogger<ReportDeliveryJob> logger)
{
    public async Task RunAsync(long organisationId)
    {
        var organisation = await organisations.FindAsync(organisationId);
        if (organisation is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        // Normally the minute tick has analysed every closed wave; this catches one closed moments ago.
        foreach (var waveId in await analyses.PendingAsync(organisationId, now))
        {
            await lifecycle.AnalyseAsync(waveId, CancellationToken.None);
        }

        var data = await reports.LoadAsync(organisationId, now);
        if (data is null)
        {
            return;
        }

        var local = LocalTime.In(now, organisation.TimeZone);
        var month = local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var view = new ReportView(data);
        var mailed = 0;
        foreach (var manager in await deliveries.PendingAsync(organisationId, month))
        {
            await sender.SendAsync(await mail.CreateAsync(view, manager, organisation), CancellationToken.None);
            await deliveries.RecordAsync(organisationId, month, manager.Email);
            mailed++;
        }

        if (mailed > 0)
        {
            LogMailed(month, organisation.Slug, mailed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {Month} of {Organisation} mailed to {Managers} managers")]
    private partial void LogMailed(string month, string organisation, int managers);
}
