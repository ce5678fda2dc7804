using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Text;
using Buerogewitter.Data.Participants;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Participants;

public sealed class ParticipantModel(ParticipantAdminStore store) : OrganisationPageModel
{
    public Participant? Participant { get; private set; }

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Side { get; set; } = "";

    [BindProperty]
    public string? Tandem { get; set; }

    [BindProperty]
    public string Language { get; set; } = "";

    [BindProperty]
    public bool Active { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Participant = await store.FindAsync(Organisation.Id, id, cancellationToken);
        if (Participant is null)
        {
            return NotFound();
        }

        (DisplayName, Side, Tandem, Language, Active) = (Participant.DisplayName, Participant.Side, Participant.Tandem, Participant.Language, Participant.Active);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        Participant = await store.FindAsync(Organisation.Id, id, cancellationToken);
        if (Participant is null)
        {
            return NotFound();
        }

        DisplayName = DisplayName.Trim();
        // The rules of a roster row: an edited name must not be what an import would refuse.
        var problem = TextRules.Check("name", DisplayName, TextRules.NameLength) ?? TextRules.Check("tandem", Tandem?.Trim() ?? "", TextRules.ShortTextLength);
        if (DisplayName.Length == 0 || problem is not null || !Sides.TryParse(Side, out _) || !Languages.IsSupported(Language))
        {
            Errors[nameof(DisplayName)] = problem ?? Text.Required;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await store.UpdateAsync(Organisation.Id, id, new ParticipantChange(DisplayName, Side, Tandem?.Trim(), Language, Active), cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/roster");
    }

    public async Task<IActionResult> OnPostEraseAsync(long id, CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            return await OnGetAsync(id, cancellationToken);
        }

        return await store.EraseAsync(Organisation.Id, id, cancellationToken)
            ? Redirect($"/admin/o/{Organisation.Slug}/roster")
            : NotFound();
    }

    public async Task<IActionResult> OnGetExportAsync(long id, CancellationToken cancellationToken) =>
        await store.ExportAsync(Organisation.Id, id, cancellationToken) is { } export
            ? new JsonResult(export) { ContentType = "application/json; charset=utf-8" }
            : NotFound();
}
