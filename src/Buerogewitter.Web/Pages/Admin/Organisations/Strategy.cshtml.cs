using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

public sealed class PriorityInput
{
    public string? Text { get; set; }

    public string? Examples { get; set; }
}

public sealed class StrategyModel(StrategyAdminStore strategies) : OrganisationPageModel
{
    public const int MinPriorities = 3;
    public const int MaxPriorities = 5;

    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public List<PriorityInput> Priorities { get; set; } = [];

    public IReadOnlyList<StrategyVersion> History { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        History = await strategies.HistoryAsync(Organisation.Id, cancellationToken);
        // The newest version is the starting point of the next one.
        if (History.Count > 0)
        {
            Priorities = History[0].Priorities.Select(p => new PriorityInput { Text = p.Text, Examples = p.Examples }).ToList();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        History = await strategies.HistoryAsync(Organisation.Id, cancellationToken);
        var priorities = Priorities.Take(MaxPriorities)
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => new PriorityText(p.Text!.Trim(), Normalise(p.Examples)))
            .ToList();
        if (priorities.Count < MinPriorities)
        {
            Errors[nameof(Priorities)] = Text.PrioritiesRule;
        }

        if (EffectiveFrom is null || (History.Count > 0 && EffectiveFrom < History[0].EffectiveFrom))
        {
            Errors[nameof(EffectiveFrom)] = Text.EffectiveRule;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await strategies.CreateAsync(Organisation.Id, EffectiveFrom!.Value, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), priorities, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/strategy");
    }

    private static string? Normalise(string? examples)
    {
        var lines = (examples ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? null : string.Join('\n', lines);
    }
}
