namespace Buerogewitter.Core.Organisations;

/// <summary>
/// Moments as an organisation's wall clock shows them. Waves, reports and workshop dates are counted in
/// the organisation's IANA time zone, never in the server's: a server in UTC would otherwise put a wave that
/// closes at 00:30 Berlin time on the day before.
/// </summary>
public static class LocalTime
{
    public static TimeZoneInfo Zone(string timeZone) => TimeZoneInfo.FindSystemTimeZoneById(timeZone);

    /// <summary>The moment with the organisation's offset; its <c>DateTime</c> is the local wall-clock time.</summary>
    public static DateTimeOffset In(DateTimeOffset moment, string timeZone) => TimeZoneInfo.ConvertTime(moment, Zone(timeZone));

    /// <summary>The calendar day the moment falls on in the organisation's time zone.</summary>
    public static DateOnly DateOf(DateTimeOffset moment, string timeZone) => DateOnly.FromDateTime(In(moment, timeZone).DateTime);

    /// <summary>Today in the organisation's time zone.</summary>
    public static DateOnly Today(TimeProvider clock, string timeZone) => DateOf(clock.GetUtcNow(), timeZone);
}
