using Buerogewitter.Core.Pulses;

namespace Buerogewitter.Tests.Pulses;

public sealed class SurveyDeadlineTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    // Issue #17: closing Friday 00:57 local is announced as Thursday.
    [InlineData("2026-12-10T23:57:00Z", "2026-12-10")]
    // Closing after the end of a working day: that day counts.
    [InlineData("2026-12-11T17:30:00Z", "2026-12-11")]
    // Closing Monday 09:00: the Friday before, not the weekend.
    [InlineData("2026-12-14T08:00:00Z", "2026-12-11")]
    // Summer time: 17:00 in Berlin is 15:00 UTC.
    [InlineData("2027-07-02T15:00:00Z", "2027-07-02")]
    public void Issue17_the_stated_deadline_is_the_last_working_day_still_open_at_its_end(string closesAt, string expected)
    {
        var closes = DateTimeOffset.Parse(closesAt, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            SurveyDeadline.LastWorkingDay(closes.AddDays(-7), closes, Berlin));
    }

    [Fact]
    public void A_wave_without_a_full_working_day_is_announced_with_its_closing_day()
    {
        var opens = new DateTimeOffset(2026, 12, 12, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 14), SurveyDeadline.LastWorkingDay(opens, opens.AddDays(2), Berlin));
    }
}
