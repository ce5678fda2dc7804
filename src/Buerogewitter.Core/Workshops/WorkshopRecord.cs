using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Workshops;

/// <summary>What a workshop card says: a problem, what matters to a side, its solution, or its expectation of the other side.</summary>
public static class CardKinds
{
    public const string Problem = "problem";
    public const string Matters = "matters";
    public const string Solution = "solution";
    public const string Expectation = "expectation";

    /// <summary>In the order of the method: problems first, then what matters, solutions and expectations.</summary>
    public static readonly IReadOnlyList<string> All = [Problem, Matters, Solution, Expectation];
}

public static class MeasureStatuses
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string Done = "done";
    public const string Dropped = "dropped";

    public static readonly IReadOnlyList<string> All = [Open, InProgress, Done, Dropped];
}

/// <summary>A card written by one side (inside or field) in the workshop.</summary>
public sealed record WorkshopCard(Side Side, string Kind, string Text);

/// <summary>
/// An agreed measure at its position (1–3), with one owner on each side. The owners' names are what the record shows;
/// their roster ids are set where they were chosen from the roster, and null on records that named them in free text.
/// </summary>
public sealed record WorkshopMeasure(int Position, string Title, string OwnerInside, string OwnerField, DateOnly DueOn, string Status)
{
    /// <summary>The stored measure's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    public long? OwnerInsideId { get; init; }

    public long? OwnerFieldId { get; init; }

    /// <summary>The title in English, for English participants and reports; null where only one title was given.</summary>
    public string? TitleEn { get; init; }

    /// <summary>The title in the reader's language: the English one where it exists, else the title as written.</summary>
    public string TitleIn(string language) => language == "en" && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : Title;

    /// <summary>
    /// Past its due date and neither done nor dropped: the one rule behind every "überfällig" (pages, report). Pass
    /// today in the organisation's time zone (<c>LocalTime.Today</c>), not the server's date.
    /// </summary>
    public bool IsOverdue(DateOnly today) => DueOn < today && Status is not (MeasureStatuses.Done or MeasureStatuses.Dropped);
}

/// <summary>
/// The record of one Bürogewitter workshop. Measures are either not yet agreed (none) or exactly
/// <see cref="MeasureCount"/>: the method ends with three, and the pulses ask about all of them.
/// </summary>
public sealed record WorkshopRecord(DateOnly HeldOn, string Moderator, string Goal, string? JointProblem,
    IReadOnlyList<WorkshopCard> Cards, IReadOnlyList<WorkshopMeasure> Measures)
{
    public const int MeasureCount = 3;

    /// <summary>The stored workshop's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    public IEnumerable<string> CardsOf(Side side, string kind) => Cards.Where(c => c.Side == side && c.Kind == kind).Select(c => c.Text);
}
