using System.Globalization;
using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

/// <summary>The one page a manager sees: the organisation's waves with their counts.</summary>
public sealed class DashboardModel(AdminOrganisationStore organisations) : OrganisationPageModel
{
    protected override bool ForSetUpOnly => false;

    public IReadOnlyList<WaveSummary> Waves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await organisations.WavesAsync(Organisation.Id, cancellationToken);

    public string Date(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById(Organisation.TimeZone)).ToString("d", CultureInfo.CurrentCulture);
}
