using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

/// <summary>
/// The before/after comparison of one workshop: the same one-page document the `compare` verb writes,
/// built by the same code, with its chart inline. The baseline and an optional comparison group come
/// from the query (the workshop list's form). Until there are analysed waves on both sides of the
/// workshop, or when an option does not fit, a page says so instead.
/// </summary>
public sealed class CompareModel(WorkshopStore workshops, WorkshopComparison comparer, AdminOrganisationStore organisations) : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public WorkshopText Words => WorkshopText.Current;

    /// <summary>Why no comparison is shown: too few waves on one side, or options that do not fit.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workshopId, int? baseline, string? comparison, CancellationToken cancellationToken)
    {
        if (await workshops.FindAsync(Organisation.Id, workshopId, cancellationToken) is not { } workshop)
        {
            return NotFound();
        }

        if (baseline is < 1 or > BeforeAfter.MaxBaselineWaves)
        {
            return Explain(string.Format(CultureInfo.CurrentCulture, Words.BaselineRangeFormat, 1, BeforeAfter.MaxBaselineWaves), StatusCodes.Status400BadRequest);
        }

        // Only an organisation this user may see can be the comparison group, and the answer does not
        // say whether an organisation outside the user's scope exists.
        Organisation? group = null;
        if (!string.IsNullOrWhiteSpace(comparison))
        {
            group = await organisations.FindAsync(User.Scope(), comparison.Trim(), cancellationToken);
            if (group is null || group.Id == Organisation.Id)
            {
                return Explain(Words.ComparisonUnknown, StatusCodes.Status400BadRequest);
            }
        }

        var outcome = await comparer.BuildAsync(Organisation, workshop, baseline ?? BeforeAfter.DefaultBaselineWaves, group, cancellationToken);
        if (outcome.View is not { } view)
        {
            var missing = outcome.Missing!;
            return Explain(missing.Organisation.Id != Organisation.Id ? string.Format(CultureInfo.CurrentCulture, Words.ComparisonMissingFormat, missing.Organisation.Name)
                : missing.Before ? Words.NoWavesBefore : Words.NoWavesAfter);
        }

        Response.Headers.ContentSecurityPolicy = SecurityHeaders.StandaloneDocumentPolicy;
        var language = Localized.LanguageCode;
        var chart = CompareHtml.Chart(view, language);
        return Content(await CompareHtml.RenderAsync(view, language, $"data:image/png;base64,{Convert.ToBase64String(chart.Png)}", chart.AltText),
            "text/html; charset=utf-8");
    }

    private PageResult Explain(string problem, int status = StatusCodes.Status200OK)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
