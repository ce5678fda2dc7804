using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Workshops;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

/// <summary>For consultants: the `benchmark` verb's percentiles on a page, for an organisation that opted in.</summary>
public sealed class BenchmarkModel(WorkshopStore workshops) : OrganisationPageModel
{
    public WorkshopText Words => WorkshopText.Current;

    public IReadOnlyList<string> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Organisation.BenchmarkOptIn)
        {
            Lines = BenchmarkPlacement.Lines(Organisation.Id, await workshops.BenchmarkAsync(cancellationToken), Localized.LanguageCode);
        }
    }
}
