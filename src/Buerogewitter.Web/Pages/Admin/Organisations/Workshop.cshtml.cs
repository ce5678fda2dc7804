using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

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
            HeldOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(Organisation.TimeZone)).DateTime);
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
        string? Required(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Errors[field] = Words.Required;
                return null;
            }

            return value.Trim();
        }

        if (HeldOn is null)
        {
            Errors[nameof(HeldOn)] = Words.DateRequired;
        }

        var moderator = Required(nameof(Moderator), Moderator);
        var goal = Required(nameof(Goal), Goal);
        var cards = Sides.Compared.SelectMany(side => CardKinds.All.SelectMany(kind =>
            (Cards.GetValueOrDefault(CardField(side, kind)) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => new WorkshopCard(side, kind, text)))).ToList();

        var measures = new List<WorkshopMeasure>();
        if (Measures.All(m => m.IsEmpty))
        {
            // Waves have asked about agreed measures and answers point at them: once there, they stay.
            if (Existing is { Measures.Count: > 0 })
            {
                Errors[nameof(Measures)] = Words.MeasuresStay;
            }
        }
        else
        {
            for (var i = 0; i < Measures.Count; i++)
            {
                var input = Measures[i];
                var title = Required($"Measures[{i}].Title", input.Title);
                var inside = Required($"Measures[{i}].OwnerInside", input.OwnerInside);
                var field = Required($"Measures[{i}].OwnerField", input.OwnerField);
                if (input.DueOn is null)
                {
                    Errors[$"Measures[{i}].DueOn"] = Words.DateRequired;
                }

                if (!MeasureStatuses.All.Contains(input.Status))
                {
                    Errors[$"Measures[{i}].Status"] = Words.Required;
                }

                if (title is not null && inside is not null && field is not null && input.DueOn is { } due)
                {
                    measures.Add(new WorkshopMeasure(i + 1, title, inside, field, due, input.Status) { TitleEn = input.TitleEn?.Trim() is { Length: > 0 } english ? english : null });
                }
            }

            if (measures.Count < WorkshopRecord.MeasureCount)
            {
                Errors[nameof(Measures)] = Words.MeasuresRule;
            }
        }

        return Errors.Count > 0 ? null
            : new WorkshopRecord(HeldOn!.Value, moderator!, goal!, string.IsNullOrWhiteSpace(JointProblem) ? null : JointProblem.Trim(), cards, measures);
    }
}
