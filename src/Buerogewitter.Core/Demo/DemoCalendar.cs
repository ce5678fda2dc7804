namespace Buerogewitter.Core.Demo;

internal static class DemoCalendar
{
    public static readonly TimeOnly OpeningTime = new(9, 0);

    // First days of the count months that end with the last complete month before today.
    public static IReadOnlyList<DateOnly> WaveMonths(DateOnly today, int count)
    {
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return [.. Enumerable.Range(0, count).Select(i => last.AddMonths(i - count + 1))];
    }

    public static DateOnly FirstMonday(DateOnly month)
    {
        var offset = ((int)DayOfWeek.Monday - (int)month.DayOfWeek + 7) % 7;
        return month.AddDays(offset);
    }

    // A wall-clock time in the organisation's zone; the offset is looked up per date because the
    // same 09:00 is 08:00 UTC in winter and 07:00 UTC in summer.
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
