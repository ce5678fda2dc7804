using System.Globalization;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Core.Strategy;
using Buerogewitter.Data.Strategy;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Strategy;

public sealed class PriorityInput
{
    public string? Text { get; set; }

    public string? TextEn { get; set; }

    public string? Examples { get; set; }
}

public sealed class StrategyModel(StrategyAdminStore strategies) : OrganisationPageModel
{
    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public List<PriorityInput> Priorities { get; set; } = [];

    public IReadOnlyList<StrategyVersion> History { get; private set; } = [];

    [BindProperty]
    public string? Glossary { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadVersionsAsync(cancellationToken);
        Glossary = await strategies.GlossaryAsync(Organisation.Id, cancellationToken);
    }

    private async Task LoadVersionsAsync(CancellationToken cancellationToken)
    {
        History = await strategies.HistoryAsync(Organisation.Id, cancellationToken);
        // The newest version is the starting point of the next one.
        if (History.Count > 0)
        {
            Priorities = History[0].Priorities
                .Select(p => new PriorityInput { Text = p.Text, TextEn = p.TextEn, Examples = string.Join('\n', p.Examples) }).ToList();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        History = await strategies.HistoryAsync(Organisation.Id, cancellationToken);
        var priorities = Priorities.Take(StrategyRules.MaxPriorities)
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => new PriorityDraft(p.Text!.Trim(), string.IsNullOrWhiteSpace(p.TextEn) ? null : p.TextEn.Trim(),
                (p.Examples ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
        if (StrategyRules.Check(priorities).Count > 0)
        {
            Errors[nameof(Priorities)] = Text.PrioritiesRule;
        }

        if (EffectiveFrom is null || StrategyRules.CheckEffectiveFrom(EffectiveFrom.Value, History.Count > 0 ? History[0].EffectiveFrom : null) is not null)
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

    public async Task<IActionResult> OnPostGlossaryAsync(CancellationToken cancellationToken)
    {
        var lines = string.IsNullOrWhiteSpace(Glossary) ? null : Glossary.ReplaceLineEndings("\n");
        // Length and characters are checked by FormFieldRules before this runs; here each line must read. The text is
        // parsed as typed, so a problem's line number is the one the reader sees.
        try
        {
            if (lines is not null)
            {
                Buerogewitter.Analytics.Priorities.Glossary.Parse(lines);
            }
        }
        catch (GlossaryFormatException problem)
        {
            Errors[nameof(Glossary)] = string.Format(CultureInfo.CurrentCulture, Text.GlossaryLineFormat, problem.Line, problem.Problem switch
            {
                GlossaryProblem.NoColon => Text.GlossaryNoColon,
                GlossaryProblem.BadConcept => Text.GlossaryBadConcept,
                _ => Text.GlossaryNoForms,
            });
        }

        if (Errors.Count > 0)
        {
            await LoadVersionsAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await strategies.SetGlossaryAsync(Organisation.Id, lines?.Trim(), cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/strategy");
    }
}
