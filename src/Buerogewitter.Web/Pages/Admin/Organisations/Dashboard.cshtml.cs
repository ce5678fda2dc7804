using System.Globalization;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Organisations;
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

    public bool HasReport => Report is not null;

    /// <summary>The latest report's gated figures, for the key figures; null before the first analysed wave.</summary>
    public ReportView? Report { get; private set; }

    /// <summary>The key figures of the latest report next to the month before, all through the report's gate.</summary>
    public IReadOnlyList<KeyFigure> Figures { get; private set; } = [];

    /// <summary>Failed mail or analysis of a wave, so that nobody has to read the job server to learn of it.</summary>
    public IReadOnlyList<WaveProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waves = await organisations.WavesAsync(Organisation.Id, cancellationToken);
        Problems = await problems.ListAsync(Organisation.Id, cancellationToken);
        Report = await reports.LoadAsync(Organisation.Id, clock.GetUtcNow(), cancellationToken) is { } data ? new ReportView(data) : null;
        Figures = Report is null ? [] : KeyFigures(Report);
    }

    /// <summary>A month's name as the report calls it, in the organisation's time zone.</summary>
    public string Month(ReportWave wave) =>
        TimeZoneInfo.ConvertTime(wave.OpensAt, TimeZoneInfo.FindSystemTimeZoneById(Organisation.TimeZone)).ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>An earlier report's link: the month, and the wave's number when another report has the same month.</summary>
    public string MonthOf(ReportWave wave, IEnumerable<ReportWave> all) =>
        all.Count(w => Month(w) == Month(wave)) > 1 ? string.Format(CultureInfo.CurrentCulture, Text.MonthOfWaveFormat, Month(wave), wave.Number) : Month(wave);

    private static readonly string[] ComparedSides = ["inside", "field"];

    private List<KeyFigure> KeyFigures(ReportView view)
    {
        var sides = ReportText.For(Localized.LanguageCode);
        string Shown(MetricValue? value, string format) => value is null ? Text.FigureHidden : string.Format(CultureInfo.CurrentCulture, format, value.Value);
        KeyFigure Figure(string label, Func<ReportWave, MetricValue?> read, string format) =>
            new(label, Shown(read(view.Latest), format), view.Previous is { } previous ? Shown(read(previous), format) : null);
        return
        [
            .. ComparedSides.Select(side => Figure(string.Format(CultureInfo.CurrentCulture, Text.ClarityOf, sides.SideName(side)),
                wave => view.Value(wave, side, MetricNames.ClarityIndex), "{0:0}")),
            Figure(Text.DivergenceFigure, wave => view.BothSides(wave, MetricNames.Divergence), "{0:0.00}"),
            .. ComparedSides.Select(side => Figure(string.Format(CultureInfo.CurrentCulture, Text.ResponseRateOf, sides.SideName(side)),
                wave => view.Value(wave, side, MetricNames.ResponseRate), "{0:P0}")),
        ];
    }

    /// <summary>
    /// The report itself, from the same source and gate as the e-mail. It is a document of its own with
    /// its own inline styles, so this one response allows inline style; script stays forbidden. <c>wave</c> picks an
    /// earlier month's report (an analysed wave of this organisation); without it the latest is shown.
    /// </summary>
    public async Task<IActionResult> OnGetReportAsync(string? language, long? wave, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow();
        if (wave is { } waveId)
        {
            // The report of an earlier month is the report as it stood when that wave closed.
            if ((await reports.WavesAsync(Organisation.Id, until, cancellationToken)).FirstOrDefault(w => w.Id == waveId) is not { } chosenWave)
            {
                return NotFound();
            }

            until = chosenWave.ClosesAt;
        }

        if (await reports.LoadAsync(Organisation.Id, until, cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = SecurityHeaders.StandaloneDocumentPolicy;
        var chosen = language is "de" or "en" ? language : Localized.LanguageCode;
        return Content(await ReportHtml.StandaloneAsync(new ReportView(data), chosen, $"/admin/o/{Organisation.Slug}"), "text/html; charset=utf-8");
    }

    public string Describe(WaveProblem problem)
    {
        var wave = Waves.FirstOrDefault(w => w.Id == problem.WaveId);
        var format = problem.Step == WaveStep.Analysis ? Text.AnalysisProblemFormat : Text.MailProblemFormat;
        return string.Format(CultureInfo.CurrentCulture, format, wave is null ? Date(problem.FailedAt) : WaveLabel(wave.Number, wave.OpensAt), problem.Attempts, Date(problem.FailedAt), problem.Reason,
            Organisation.Slug, problem.WaveId);
    }
}

/// <summary>One key figure of the overview: its latest value (or "hidden") and the month before's, if any.</summary>
public sealed record KeyFigure(string Label, string Value, string? Previous);
