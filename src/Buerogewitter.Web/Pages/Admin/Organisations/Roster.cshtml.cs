using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Participants;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

/// <summary>
/// Roster upload in two steps with the rules of <c>import-roster</c> (<see cref="RosterFile"/>):
/// check shows every problem or every row, and only the confirm step writes.
/// </summary>
public sealed class RosterModel(ParticipantStore participants) : OrganisationPageModel
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public bool DeactivateMissing { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<RosterEntry> Preview { get; private set; } = [];

    public RosterImportSummary? Summary { get; private set; }

    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int? created, [FromQuery] int? updated, [FromQuery] int? unchanged, [FromQuery] int? deactivated,
        CancellationToken cancellationToken)
    {
        if (created is not null)
        {
            Summary = new RosterImportSummary(created.Value, updated ?? 0, unchanged ?? 0, deactivated ?? 0);
        }

        Participants = await participants.ListAsync(Organisation.Id, cancellationToken);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Problems = ["the file is empty"];
        }
        else if (Upload.Length > MaxFileBytes)
        {
            Problems = [$"the file is larger than {MaxFileBytes / 1024 / 1024} MB"];
        }
        else
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            Csv = await reader.ReadToEndAsync(cancellationToken);
            var parsed = RosterFile.Parse(Csv);
            Problems = parsed.Problems;
            Preview = parsed.Entries;
        }

        Participants = await participants.ListAsync(Organisation.Id, cancellationToken);
        Response.StatusCode = Problems.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        // The confirmed content is parsed again: the hidden field came back from the browser.
        var parsed = RosterFile.Parse(Csv ?? "");
        if (!parsed.IsValid)
        {
            Problems = parsed.Problems;
            Participants = await participants.ListAsync(Organisation.Id, cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var summary = await participants.ImportAsync(Organisation.Id, parsed.Entries, DeactivateMissing, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/roster?created={summary.Created}&updated={summary.Updated}&unchanged={summary.Unchanged}&deactivated={summary.Deactivated}");
    }
}
