using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

/// <summary>
/// The before/after comparison of one workshop: the same one-page document the `compare` verb writes,
/// built by the same code, with its chart inline. Until there are analysed waves on both sides of the
/// workshop, a page says so instead.
/// </summary>
public sealed class CompareModel(WorkshopStore workshops, WorkshopComparison comparison) : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public WorkshopText Words => WorkshopText.Current;

    public MissingWaves? Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workshopId, CancellationToken cancellationToken)
    {
        if (await workshops.FindAsync(Organisation.Id, workshopId, cancellationToken) is not { } workshop)
        {
            return NotFound();
        }

        var outcome = await comparison.BuildAsync(Organisation, workshop, BeforeAfter.DefaultBaselineWaves, null, cancellationToken);
        if (outcome.View is not { } view)
        {
            Missing = outcome.Missing;
            return Page();
        }

        Response.Headers.ContentSecurityPolicy = SecurityHeaders.StandaloneDocumentPolicy;
        var language = Localized.LanguageCode;
        var chart = CompareHtml.Chart(view, language);
        return Content(CompareHtml.Render(view, language, $"data:image/png;base64,{Convert.ToBase64String(chart.Png)}", chart.AltText),
            "text/html; charset=utf-8");
    }
}
