using System.Globalization;
using Buerogewitter.Core.Organisations;

namespace Buerogewitter.Core.Pulses;

/// <summary>When a wave opens, reminds and closes, from the organisation's settings.</summary>
public sealed record WavePlan(
    DateTimeOffset ScheduledAt, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? Reminder1At, DateTimeOffset? Reminder2At)
{
    public static WavePlan For(Organisation organisation, DateTimeOffset scheduledAt, DateTimeOffset now)
    {
        var zone = LocalTime.Zone(organisation.TimeZone);
        var opensAt = Truncate(now > scheduledAt ? now : scheduledAt);
        var reminders = ReminderDays(organisation.ReminderDays)
            .Where(d => d < organisation.CloseAfterDays)
            .Select(d => (DateTimeOffset?)AddLocalDays(opensAt, d, zone))
            .ToList();
        return new WavePlan(
            Truncate(scheduledAt),
            opensAt,
            AddLocalDays(opensAt, organisation.CloseAfterDays, zone),
            reminders.ElementAtOrDefault(0),
            reminders.ElementAtOrDefault(1));
    }

    /// <summary>"3,5" → 3, 5: the days after opening on which non-responders are reminded (two at most).</summary>
    public static IReadOnlyList<int> ReminderDays(string setting) =>
        setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, NumberStyles.Integer, CultureInfo.InvariantCulture))
            .Where(d => d > 0)
            .Order()
            .Take(2)
            .ToList();

    // Days are counted on the organisation's wall clock: a wave opened at 09:00 the week before the
    // switch to summer time still closes at 09:00, not at 10:00.
    private static DateTimeOffset AddLocalDays(DateTimeOffset instant, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime.AddDays(days);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(
            zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone), TimeSpan.Zero);
    }

    // Whole seconds: all three engines store them exactly, so a retried job finds the same occurrence.
    private static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
