using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

/// <summary>The organisation's workshops; managers see them too, with the follow-through and the before/after comparison.</summary>
public sealed class WorkshopsModel(WorkshopRecordStore workshops, AdminOrganisationStore organisations) : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public WorkshopText Words => WorkshopText.Current;

    public IReadOnlyList<WorkshopSummary> Workshops { get; private set; } = [];

    /// <summary>The date of the workshop just deleted, for the notice.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Deleted { get; set; }

    /// <summary>The other organisations this user may see: candidates for a comparison group.</summary>
    public IReadOnlyList<Organisation> ComparisonGroups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Workshops = await workshops.ListAsync(Organisation.Id, cancellationToken);
        ComparisonGroups = [.. (await organisations.ListAsync(User.Scope(), cancellationToken)).Where(o => o.Id != Organisation.Id)];
    }

    /// <summary>The options form works without script: it lands here and goes on to the chosen workshop's comparison.</summary>
    public IActionResult OnGetCompare(long workshopId, int? baseline, string? comparison) =>
        Redirect(QueryHelpers.AddQueryString($"/admin/o/{Organisation.Slug}/workshop/{workshopId}/compare",
            new Dictionary<string, string?>
            {
                ["baseline"] = baseline?.ToString(CultureInfo.InvariantCulture),
                ["comparison"] = string.IsNullOrWhiteSpace(comparison) ? null : comparison,
            }.Where(p => p.Value is not null)));
}
