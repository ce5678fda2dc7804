using Buerogewitter.Core.Pulses;

namespace Buerogewitter.Data.Pulses;

/// <summary>A wave row. Properties, not a constructor: SQLite returns integers as Int64.</summary>
public sealed record Wave
{
    public long Id { get; init; }

    public long OrganisationId { get; init; }

    public DateTimeOffset ScheduledAt { get; init; }

    public DateTimeOffset OpensAt { get; init; }

    public DateTimeOffset ClosesAt { get; init; }

    public DateTimeOffset? Reminder1At { get; init; }

    public DateTimeOffset? Reminder2At { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Open means accepting answers: not closed by hand or job, and before its closing time.</summary>
    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && now < ClosesAt;

    /// <summary>
    /// The reminder round to send now: the latest due one (never two at once, never after close).
    /// With <paramref name="force"/>, the round after the latest one that is due or was already sent.
    /// </summary>
    public string? ReminderRound(DateTimeOffset now, int roundsSent, bool force)
    {
        if (!IsOpenAt(now))
        {
            return null;
        }

        var due = Reminder2At <= now ? 2 : Reminder1At <= now ? 1 : 0;
        return (force ? Math.Max(due, roundsSent) + 1 : due) switch
        {
            1 => MailKind.Reminder1,
            2 => MailKind.Reminder2,
            _ => null,
        };
    }
}

/// <summary>Invitations and responses of one side in a wave, for <c>wave list</c>.</summary>
public sealed record WaveSideCount
{
    public long WaveId { get; init; }

    public required string Side { get; init; }

    public long Invitations { get; init; }

    public long Responses { get; init; }
}

public enum WaveOpenOutcome
{
    Opened,
    AlreadyOpenedForThisOccurrence,
    AnotherWaveIsOpen,
    MissingSetup,
}

public sealed record WaveOpenResult(WaveOpenOutcome Outcome, Wave? Wave, string? Problem = null);

/// <summary>
/// A wave's number within its organisation (1 for the first), so that two waves opened on the same day can be
/// told apart wherever they are listed. Counted, not stored: by opening time, then id, over the wave alias <c>w</c>.
/// </summary>
public static class WaveNumber
{
    public const string Sql = """
        (SELECT COUNT(*) FROM wave wn WHERE wn.organisation_id = w.organisation_id
            AND (wn.opens_at < w.opens_at OR (wn.opens_at = w.opens_at AND wn.id <= w.id)))
        """;
}
