using System.Globalization;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Participants;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Participants;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Participants;

/// <summary>
/// Roster upload in two steps with the rules of <c>import-roster</c> (<see cref="RosterFile"/>):
/// check shows every problem or every row, and only the confirm step writes.
/// </summary>
// The limits hold on the stream: the upload, or the checked file posted back form-encoded (up to three times its size).
[RequestSizeLimit(3 * MaxFileBytes + 65536)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 65536, ValueLengthLimit = MaxFileBytes + 65536)]
public sealed class RosterModel(ParticipantStore participants) : OrganisationPageModel
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Participants listed per page: a roster of a million people must not become one page of hundreds of MB.</summary>
    public const int PageSize = 100;

    /// <summary>People listed by name in the deactivation warning; the count always covers all of them.</summary>
    public const int DeactivatedShown = 200;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public bool DeactivateMissing { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>What the checked file would do: each row new, changed or unchanged, and who would be deactivated.</summary>
    public RosterPlan? Plan { get; private set; }

    public RosterText RosterText => RosterText.Current;

    public RosterImportSummary? Summary { get; private set; }

    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public int ParticipantCount { get; private set; }

    /// <summary>The page of the list shown, from 1 (query <c>p</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (ParticipantCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync([FromQuery] int? created, [FromQuery] int? updated, [FromQuery] int? unchanged, [FromQuery] int? deactivated,
        CancellationToken cancellationToken)
    {
        if (created is not null)
        {
            Summary = new RosterImportSummary(created.Value, updated ?? 0, unchanged ?? 0, deactivated ?? 0);
        }

        await ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Problems = [RosterText.EmptyFile];
        }
        else if (Upload.Length > MaxFileBytes)
        {
            Problems = [string.Format(CultureInfo.CurrentCulture, RosterText.TooLargeFormat, MaxFileBytes / 1024 / 1024)];
        }
        else
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            Csv = await reader.ReadToEndAsync(cancellationToken);
            var parsed = RosterFile.Parse(Csv);
            Problems = Describe(parsed);
            if (parsed.IsValid)
            {
                Plan = await participants.PlanAsync(Organisation.Id, parsed.Entries, DeactivateMissing, cancellationToken);
            }
        }

        await ListAsync(cancellationToken);
        Response.StatusCode = Problems.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        // The confirmed content is parsed again: the hidden field came back from the browser.
        var parsed = RosterFile.Parse(Csv ?? "");
        if (!parsed.IsValid)
        {
            Problems = Describe(parsed);
            await ListAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var summary = await participants.ImportAsync(Organisation.Id, parsed.Entries, DeactivateMissing, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/roster?created={summary.Created}&updated={summary.Updated}&unchanged={summary.Unchanged}&deactivated={summary.Deactivated}");
    }

    private List<string> Describe(RosterParseResult parsed) => [.. parsed.Errors.Select(e => RosterText.Describe(e, Text))];

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / PageSize);
        (Participants, ParticipantCount) = await participants.PageAsync(Organisation.Id, PageNumber, PageSize, cancellationToken);
    }
}
