using System.Globalization;
using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Admin;

/// <summary>A pulse schedule offered in words: the day part of a cron expression, at a time of day chosen separately.</summary>
public sealed record ScheduleChoice(string Code, string Days, string German, string English)
{
    public string Label => Localized.Pick(German, English);

    public string Cron(TimeOnly time) => string.Create(CultureInfo.InvariantCulture, $"{time.Minute} {time.Hour} {Days}");
}

/// <summary>
/// The schedules most organisations want, written as the cron expressions the job schedule already runs
/// (Cronos: <c>1#1</c> first Monday, <c>1W</c> the weekday nearest the 1st without leaving the month, i.e. the
/// first working day, <c>LW</c> the last working day). Working days are Monday to Friday; public holidays are not
/// known to the schedule. Any other expression stays a custom cron expression for experts.
/// </summary>
public static class ScheduleChoices
{
    public const string Custom = "custom";

    public static readonly TimeOnly DefaultTime = new(9, 0);

    public static readonly IReadOnlyList<ScheduleChoice> All =
    [
        new("first-monday", "* * 1#1", "am ersten Montag im Monat", "on the first Monday of the month"),
        new("first-workday", "1W * *", "am ersten Werktag (Mo–Fr) im Monat", "on the first working day (Mon–Fri) of the month"),
        new("last-workday", "LW * *", "am letzten Werktag (Mo–Fr) im Monat", "on the last working day (Mon–Fri) of the month"),
        new("first-monday-quarter", "* 1,4,7,10 1#1", "am ersten Montag im Quartal (Januar, April, Juli, Oktober)",
            "on the first Monday of the quarter (January, April, July, October)"),
    ];

    /// <summary>The choice and time a cron expression was written from, or null for any other expression.</summary>
    public static (ScheduleChoice Choice, TimeOnly Time)? Recognise(string cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var parts = cron.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute < 60
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour < 24
            && All.FirstOrDefault(c => c.Days == string.Join(' ', parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))) is { } choice)
        {
            return (choice, new TimeOnly(hour, minute));
        }

        return null;
    }

    /// <summary>The schedule in words ("am ersten Montag im Monat um 09:00 Uhr"), or the cron expression itself.</summary>
    public static string Describe(string cron, AdminText text) => Recognise(cron) is { } known
        ? string.Format(CultureInfo.CurrentCulture, text.ScheduleInWordsFormat, known.Choice.Label, known.Time)
        : cron;
}
