using System.Globalization;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

/// <summary>The one page a manager sees: the monthly report and the organisation's waves with their counts.</summary>
public sealed class DashboardModel(AdminOrganisationStore organisations, ReportStore reports, WaveProblemStore problems, TimeProvider clock)
    : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public IReadOnlyList<WaveSummary> Waves { get; private set; } = [];

    public bool HasReport { get; private set; }

    /// <summary>Failed mail or analysis of a wave, so that nobody has to read the job server to learn of it.</summary>
    public IReadOnlyList<WaveProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waves = await organisations.WavesAsync(Organisation.Id, cancellationToken);
        Problems = await problems.ListAsync(Organisation.Id, cancellationToken);
        HasReport = await reports.LoadAsync(Organisation.Id, clock.GetUtcNow(), cancellationToken) is not null;
    }

    /// <summary>
    /// The report itself, from the same source and gate as the e-mail. It is a document of its own with
    /// its own inline styles, so this one response allows inline style; script stays forbidden.
    /// </summary>
    public async Task<IActionResult> OnGetReportAsync(string? language, CancellationToken cancellationToken)
    {
        if (await reports.LoadAsync(Organisation.Id, clock.GetUtcNow(), cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = SecurityHeaders.StandaloneDocumentPolicy;
        var chosen = language is "de" or "en" ? language : Localized.LanguageCode;
        return Content(await ReportHtml.StandaloneAsync(new ReportView(data), chosen), "text/html; charset=utf-8");
    }

    public string Describe(WaveProblem problem)
    {
        var opened = Waves.FirstOrDefault(w => w.Id == problem.WaveId)?.OpensAt ?? problem.FailedAt;
        var format = problem.Step == WaveStep.Analysis ? Text.AnalysisProblemFormat : Text.MailProblemFormat;
        return string.Format(CultureInfo.CurrentCulture, format, Date(opened), problem.Attempts, Date(problem.FailedAt), problem.Reason,
            Organisation.Slug, problem.WaveId);
    }
}
