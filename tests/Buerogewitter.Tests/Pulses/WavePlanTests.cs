using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Pulses;

namespace Buerogewitter.Tests.Pulses;

public sealed class WavePlanTests
{
    private static readonly Organisation Acme = new()
    {
        Id = 1,
        Slug = "acme",
        Name = "Acme",
        TimeZone = "Europe/Berlin",
        Language = "de",
        PulseCron = OrganisationDefaults.PulseCron,
        CloseAfterDays = 7,
        ReminderDays = "5, 3",
        ScoreMinResponses = 5,
        TextMinResponses = 10,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void A_wave_opened_before_the_switch_to_summer_time_still_closes_at_nine_in_berlin()
    {
        var opens = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

        var plan = WavePlan.For(Acme, opens, opens);

        Assert.Equal(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), plan.ClosesAt);
        Assert.Equal(opens.AddDays(3), plan.Reminder1At);
        Assert.Equal(new DateTimeOffset(2027, 3, 27, 8, 0, 0, TimeSpan.Zero), plan.Reminder2At);
    }

    [Fact]
    public void Reminders_on_or_after_the_closing_day_are_dropped()
    {
        var plan = WavePlan.For(Acme with { ReminderDays = "3,7", CloseAfterDays = 7 }, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        Assert.NotNull(plan.Reminder1At);
        Assert.Null(plan.Reminder2At);
    }

    [Fact]
    public void A_late_firing_opens_now_but_keeps_its_scheduled_occurrence()
    {
        var scheduled = new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

        var plan = WavePlan.For(Acme, scheduled, scheduled.AddMinutes(12.5));

        Assert.Equal(scheduled, plan.ScheduledAt);
        Assert.Equal(scheduled.AddSeconds(750), plan.OpensAt);
    }
}
