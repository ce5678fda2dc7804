using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Workshops;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Workshops;

public sealed class MeasureInput
{
    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    /// <summary>The chosen roster person's id; on records kept before owners came from the roster, the name as typed then.</summary>
    public string? OwnerInside { get; set; }

    /// <inheritdoc cref="OwnerInside"/>
    public string? OwnerField { get; set; }

    public DateOnly? DueOn { get; set; }

    public string Status { get; set; } = MeasureStatuses.Open;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(OwnerInside) && string.IsNullOrWhiteSpace(OwnerField) && DueOn is null;
}

/// <summary>
/// Records a new workshop (no id) or edits one: date, moderator, goal, the cards of both sides and the three measures
/// with their owners from the roster, who are told by mail; deletes one after a confirmation step.
/// </summary>
public sealed class WorkshopModel(WorkshopRecordStore workshops, ParticipantStore participants, MeasureOwnerMail ownerMail)
    : OrganisationPageModel
{
    public WorkshopText Words => WorkshopText.Current;

    public WorkshopRecord? Existing { get; private set; }

    /// <summary>The active people of each side, the owners to choose from.</summary>
    public IReadOnlyDictionary<Side, IReadOnlyList<Participant>> People { get; private set; } = new Dictionary<Side, IReadOnlyList<Participant>>();

    /// <summary>Measures of the organisation's other workshops that the pulses still ask about; a new workshop's form says so.</summary>
    public int PendingElsewhere { get; private set; }

    /// <summary>The workshop already recorded on the date just entered, when the save was refused for it.</summary>
    public long? SameDayId { get; private set; }

    /// <summary>Why a delete was refused: how many waves asked about the measures.</summary>
    public int? DeleteRefusedWaves { get; private set; }

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

    /// <summary>How many owners the save told by mail, and how many mails could not be sent.</summary>
    [BindProperty(SupportsGet = true)]
    public int Mailed { get; set; }

    [BindProperty(SupportsGet = true)]
    public int MailFailed { get; set; }

    /// <summary>The delete's confirmation step: the page asks before the delete form is sent.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ConfirmDelete { get; set; }

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
            Measures = Existing.Measures.Select(m => new MeasureInput
            {
                Title = m.Title,
                TitleEn = m.TitleEn,
                OwnerInside = OwnerValue(m.OwnerInsideId, m.OwnerInside),
                OwnerField = OwnerValue(m.OwnerFieldId, m.OwnerField),
                DueOn = m.DueOn,
                Status = m.Status,
            }).ToList();
        }
        else
        {
            // The goal is not prefilled: a prefilled "problem XY" was saved as it stood and became the projector's headline.
            HeldOn = Today;
        }

        await LoadChoicesAsync(cancellationToken);
        PadMeasures();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long? workshopId, CancellationToken cancellationToken)
    {
        if (workshopId is not { } id || (Existing = await workshops.LoadAsync(Organisation.Id, id, cancellationToken)) is null)
        {
            return NotFound();
        }

        var deletion = await workshops.DeleteAsync(Organisation.Id, id, cancellationToken);
        if (deletion.Deleted)
        {
            return Redirect($"/admin/o/{Organisation.Slug}/workshops?deleted={Existing.HeldOn:yyyy-MM-dd}");
        }

        if (!deletion.Found)
        {
            return NotFound();
        }

        // Refused: the form shows the record as stored, with the reason above it.
        DeleteRefusedWaves = deletion.AskedWaves;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long? workshopId, CancellationToken cancellationToken)
    {
        if (workshopId is { } id && (Existing = await workshops.LoadAsync(Organisation.Id, id, cancellationToken)) is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken);
        PadMeasures();
        var record = Validate();
        if (record is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var save = Existing is null
            ? await workshops.CreateAsync(Organisation.Id, record, cancellationToken)
            : await workshops.UpdateAsync(Organisation.Id, Existing.Id, record, cancellationToken);
        if (save is null)
        {
            return NotFound();
        }

        if (!save.Saved)
        {
            SameDayId = save.SameDayId;
            Errors[nameof(HeldOn)] = string.Format(CultureInfo.CurrentCulture, Words.DuplicateDateFormat, record.HeldOn);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var mail = await ownerMail.SendAsync(Organisation, save.Id, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/workshop/{save.Id}?saved=true&mailed={mail.Sent}&mailFailed={mail.Failed}");
    }

    /// <summary>The owners to choose from, and what the pulses still ask about the organisation's other workshops.</summary>
    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var roster = await participants.ListAsync(Organisation.Id, cancellationToken);
        People = Sides.Compared.ToDictionary(side => side,
            side => (IReadOnlyList<Participant>)[.. roster.Where(p => p.Active && p.Side == side.Code()).OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)]);
        PendingElsewhere = await workshops.PendingMeasuresAsync(Organisation.Id, Existing?.Id, cancellationToken);
    }

    private static string OwnerValue(long? id, string name) => id?.ToString(CultureInfo.InvariantCulture) ?? name;

    /// <summary>
    /// The owner a form value names: an active person of the side, the person stored for this measure (who may have
    /// left since), or, on a record from before owners came from the roster, the name as it was typed then.
    /// </summary>
    public (string Name, long? Id)? Owner(int index, Side side, string? value)
    {
        var stored = Existing?.Measures.ElementAtOrDefault(index);
        var (storedId, storedName) = side == Side.Inside ? (stored?.OwnerInsideId, stored?.OwnerInside) : (stored?.OwnerFieldId, stored?.OwnerField);
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return People[side].FirstOrDefault(p => p.Id == id) is { } person ? (person.DisplayName, person.Id)
                : id == storedId ? (storedName!, id)
                : null;
        }

        return storedId is null && !string.IsNullOrWhiteSpace(value) && value == storedName ? (value, null) : null;
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

            var inside = Owner(i, Side.Inside, input.OwnerInside);
            var field = Owner(i, Side.Field, input.OwnerField);
            if (inside is null)
            {
                Errors[WorkshopRules.MeasureField(i, nameof(MeasureInput.OwnerInside))] = Words.ChooseInsidePerson;
            }

            if (field is null)
            {
                Errors[WorkshopRules.MeasureField(i, nameof(MeasureInput.OwnerField))] = Words.ChooseFieldPerson;
            }

            return new WorkshopMeasure(i + 1, Trimmed(input.Title), inside?.Name ?? "", field?.Name ?? "", input.DueOn ?? default, input.Status)
            {
                TitleEn = input.TitleEn?.Trim() is { Length: > 0 } english ? english : null,
                OwnerInsideId = inside?.Id,
                OwnerFieldId = field?.Id,
            };
        }).ToList();
        var record = new WorkshopRecord(HeldOn ?? default, Trimmed(Moderator), Trimmed(Goal),
            string.IsNullOrWhiteSpace(JointProblem) ? null : JointProblem.Trim(), cards, measures);
        foreach (var error in WorkshopRules.Check(record, Existing?.Measures.Count ?? 0).Where(e => !Errors.ContainsKey(e.Field)))
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
