using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

public sealed class MeasureInput
{
    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? OwnerInside { get; set; }

    public string? OwnerField { get; set; }

    public DateOnly? DueOn { get; set; }

    public string Status { get; set; } = MeasureStatuses.Open;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(OwnerInside) && string.IsNullOrWhiteSpace(OwnerField) && DueOn is null;
}

/// <summary>Records a new workshop (no id) or edits one: date, moderator, goal, the cards of both sides and the three measures.</summary>
public sealed class WorkshopModel(WorkshopRecordStore workshops, TimeProvider clock) : OrganisationPageModel
{
    public WorkshopText Words => WorkshopText.Current;

    public WorkshopRecord? Existing { get; private set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public string? Moderator { get; set; }

    [BindProperty]
    public string? Goal { get; set; }

    [BindProperty]
    public string? JointProblem { get; set; }

    /// <summary>One card per line, keyed by <see cref="CardField"/>.</summary>
    [BindProperty]
    public Dictionary<string, string?> Cards { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public List<MeasureInput> Measures { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public static string CardField(Side side, string kind) => $"{side.Code()}-{kind}";

    public async Task<IActionResult> OnGetAsync(long? workshopId, CancellationToken cancellationToken)
    {
        if (workshopId is { } id)
        {
            Existing = await workshops.LoadAsync(Organisation.Id, id, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }

            (HeldOn, Moderator, Goal, JointProblem) = (Existing.HeldOn, Existing.Moderator, Existing.Goal, Existing.JointProblem);
            Cards = Sides.Compared.SelectMany(side => CardKinds.All.Select(kind => (side, kind)))
                .ToDictionary(c => CardField(c.side, c.kind), c => (string?)string.Join('\n', Existing.CardsOf(c.side, c.kind)), StringComparer.Ordinal);
            Measures = Existing.Measures.Select(m => new MeasureInput { Title = m.Title, TitleEn = m.TitleEn, OwnerInside = m.OwnerInside, OwnerField = m.OwnerField, DueOn = m.DueOn, Status = m.Status }).ToList();
        }
        else
        {
            // The goal is not prefilled: a prefilled "problem XY" was saved as it stood and became the projector's headline.
            HeldOn = LocalTime.Today(clock, Organisation.TimeZone);
        }

        PadMeasures();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? workshopId, CancellationToken cancellationToken)
    {
        if (workshopId is { } id && (Existing = await workshops.LoadAsync(Organisation.Id, id, cancellationToken)) is null)
        {
            return NotFound();
        }

        PadMeasures();
        var record = Validate();
        if (record is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (Existing is null)
        {
            workshopId = await workshops.CreateAsync(Organisation.Id, record, cancellationToken);
        }
        else if (!await workshops.UpdateAsync(Organisation.Id, Existing.Id, record, cancellationToken))
        {
            return NotFound();
        }

        return Redirect($"/admin/o/{Organisation.Slug}/workshop/{workshopId}?saved=true");
    }

    private void PadMeasures()
    {
        Measures = [.. Measures.Take(WorkshopRecord.MeasureCount)];
        while (Measures.Count < WorkshopRecord.MeasureCount)
        {
            Measures.Add(new MeasureInput());
        }
    }

    private WorkshopRecord? Validate()
    {
        if (HeldOn is null)
        {
            Errors[nameof(HeldOn)] = Words.DateRequired;
        }

        var cards = Sides.Compared.SelectMany(side => CardKinds.All.SelectMany(kind =>
            (Cards.GetValueOrDefault(CardField(side, kind)) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => new WorkshopCard(side, kind, text)))).ToList();
        var measures = Measures.All(m => m.IsEmpty) ? [] : Measures.Select((input, i) =>
        {
            if (input.DueOn is null)
            {
                Errors[WorkshopRules.MeasureField(i, nameof(MeasureInput.DueOn))] = Words.DateRequired;
                Errors[WorkshopRules.MeasuresField] = Words.MeasuresRule;
            }

            if (!MeasureStatuses.All.Contains(input.Status))
            {
                Errors[WorkshopRules.MeasureField(i, nameof(MeasureInput.Status))] = Words.Required;
            }

            return new WorkshopMeasure(i + 1, Trimmed(input.Title), Trimmed(input.OwnerInside), Trimmed(input.OwnerField), input.DueOn ?? default, input.Status)
            {
                TitleEn = input.TitleEn?.Trim() is { Length: > 0 } english ? english : null,
            };
        }).ToList();
        var record = new WorkshopRecord(HeldOn ?? default, Trimmed(Moderator), Trimmed(Goal),
            string.IsNullOrWhiteSpace(JointProblem) ? null : JointProblem.Trim(), cards, measures);
        foreach (var error in WorkshopRules.Check(record, Existing?.Measures.Count ?? 0))
        {
            Errors[error.Field] = error.Problem switch
            {
                WorkshopProblem.Required => Words.Required,
                WorkshopProblem.MeasuresStay => Words.MeasuresStay,
                _ => Words.MeasuresRule,
            };
        }

        return Errors.Count > 0 ? null : record;
    }

    private static string Trimmed(string? value) => value?.Trim() ?? "";
}
