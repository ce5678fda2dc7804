using Buerogewitter.Core.Organisations;

namespace Buerogewitter.Tests.Organisations;

public class LocalTimeTests
{
    [Fact]
    public void Issue18_a_moment_late_in_the_utc_evening_is_already_the_next_day_in_berlin_in_winter_and_summer()
    {
        Assert.Equal(new DateOnly(2027, 1, 16), LocalTime.DateOf(new DateTimeOffset(2027, 1, 15, 23, 30, 0, TimeSpan.Zero), "Europe/Berlin"));
        Assert.Equal(new DateOnly(2027, 7, 16), LocalTime.DateOf(new DateTimeOffset(2027, 7, 15, 22, 30, 0, TimeSpan.Zero), "Europe/Berlin"));
        Assert.Equal(new DateOnly(2027, 7, 15), LocalTime.DateOf(new DateTimeOffset(2027, 7, 15, 21, 59, 0, TimeSpan.Zero), "Europe/Berlin"));
    }

    [Fact]
    public void Issue18_today_and_the_wall_clock_follow_the_organisations_zone_not_the_servers()
    {
        var clock = new StoppedClock(new DateTimeOffset(2027, 3, 28, 22, 15, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 3, 29), LocalTime.Today(clock, "Europe/Berlin"));
        Assert.Equal(new DateOnly(2027, 3, 28), LocalTime.Today(clock, "America/New_York"));
        Assert.Equal(TimeSpan.FromHours(2), LocalTime.In(clock.GetUtcNow(), "Europe/Berlin").Offset);
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
