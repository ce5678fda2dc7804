namespace Buerogewitter.Core.Pulses;

/// <summary>
/// The deadline a mail states: the last working day (Monday to Friday) on which a wave is still open at the end
/// of the organisation's working day. A wave closing at "Friday, 00:57" is announced as "Thursday": nobody works
/// until a minute before one at night, and a stated deadline earlier than the real one never cuts anyone off.
/// </summary>
public static class SurveyDeadline
{
    /// <summary>When the working day ends in the organisation's time zone.</summary>
    public static readonly TimeOnly EndOfWorkingDay = new(17, 0);

    /// <remarks>A wave too short to hold a working day is announced with its closing day.</remarks>
    public static DateOnly LastWorkingDay(DateTimeOffset opensAt, DateTimeOffset closesAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(closesAt, zone);
        var closingDay = DateOnly.FromDateTime(local.DateTime);
        var openingDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(opensAt, zone).DateTime);
        var day = closingDay;
        if (TimeOnly.FromDateTime(local.DateTime) < EndOfWorkingDay)
        {
            day = day.AddDays(-1);
        }

        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return day < openingDay ? closingDay : day;
    }
}
