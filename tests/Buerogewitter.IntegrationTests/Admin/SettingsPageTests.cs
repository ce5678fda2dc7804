using System.Net;
using Buerogewitter.Data.Organisations;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Admin;
using Dapper;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed class SettingsPageTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Settings_are_saved_and_the_next_five_send_dates_follow_the_schedule(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/settings?lang=en", TestContext.Current.CancellationToken);

        var saved = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page, ("Name", "Alpha AG"), ("TimeZone", "Europe/Vienna"),
            ("Language", "en"), ("PulseCron", "30 8 * * 2#2"), ("ScoreMinResponses", "6"), ("TextMinResponses", "12"), ("BenchmarkOptIn", "true")), TestContext.Current.CancellationToken);
        var after = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location!.OriginalString, TestContext.Current.CancellationToken));
        var invalid = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page, ("Name", "Alpha AG"), ("TimeZone", "Mars/Olympus"),
            ("Language", "en"), ("PulseCron", "every monday"), ("ScoreMinResponses", "2"), ("TextMinResponses", "2")), TestContext.Current.CancellationToken);
        var invalidHtml = await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The next five send dates", after, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(after, "<time datetime=\"[^\"]*T08:30:00\\.0000000\\+0[12]:00\">Tuesday"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("time zone &#x27;Mars/Olympus&#x27; is not known", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("not a valid five-field cron expression", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("At least 3", invalidHtml, StringComparison.Ordinal);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var stored = await connection.QuerySingleAsync<(string Name, string TimeZone, string Cron, long Score, long Text, bool OptIn)>(
            "SELECT name, time_zone, pulse_cron, score_min_responses, text_min_responses, benchmark_opt_in FROM organisation WHERE id = @AlphaId", new { world.AlphaId });
        Assert.Equal(("Alpha AG", "Europe/Vienna", "30 8 * * 2#2", 6L, 12L, true), stored);
        Assert.Contains("name=\"BenchmarkOptIn\" value=\"true\" checked=\"checked\"", after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_schedule_chosen_in_words_is_stored_as_cron_and_shown_in_words_with_its_next_five_dates(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken);
        (string, string)[] common = [("Name", "Alpha GmbH"), ("TimeZone", "Europe/Berlin"), ("Language", "de"), ("ScoreMinResponses", "5"), ("TextMinResponses", "10")];

        var saved = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page,
            [.. common, ("ScheduleChoice", "last-workday"), ("ScheduleTime", "08:30"), ("PulseCron", "")]), TestContext.Current.CancellationToken);
        var after = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken));
        var badTime = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page,
            [.. common, ("ScheduleChoice", "first-workday"), ("ScheduleTime", "9 Uhr"), ("PulseCron", "")]), TestContext.Current.CancellationToken);
        var custom = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page,
            [.. common, ("ScheduleChoice", "custom"), ("ScheduleTime", "09:00"), ("PulseCron", "0 7 * * 3")]), TestContext.Current.CancellationToken);
        var customPage = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken));
        await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page,
            [.. common, ("ScheduleChoice", "last-workday"), ("ScheduleTime", "08:30"), ("PulseCron", "")]), TestContext.Current.CancellationToken);
        var english = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/settings?lang=en", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<strong id=\"schedule-words\">am letzten Werktag (Mo–Fr) im Monat um 08:30 Uhr</strong>", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"last-workday\" selected=\"selected\">", after, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(after, "<time datetime=\"[^\"]*T08:30:00"));
        Assert.Contains("on the last working day (Mon–Fri) of the month at 08:30", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badTime.StatusCode);
        Assert.Contains("Bitte eine Uhrzeit wie 09:00 angeben.", System.Net.WebUtility.HtmlDecode(await badTime.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, custom.StatusCode);
        Assert.Contains("<strong id=\"schedule-words\">0 7 * * 3</strong>", customPage, StringComparison.Ordinal);
        Assert.Contains("<option value=\"custom\" selected=\"selected\">", customPage, StringComparison.Ordinal);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("30 8 LW * *", await connection.ExecuteScalarAsync<string>("SELECT pulse_cron FROM organisation WHERE id = @AlphaId", new { world.AlphaId }));
    }

    [Fact]
    public void Issue17_the_first_and_last_working_day_skip_weekends_within_the_month()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var from = new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero);
        string[] Days(string code) => [.. CronPreviewDays(ScheduleChoices.All.Single(c => c.Code == code).Cron(new TimeOnly(9, 0)), zone, from)];

        Assert.Equal(["2026-08-03", "2026-09-01", "2026-10-01", "2026-11-02", "2026-12-01"], Days("first-workday"));
        Assert.Equal(["2026-07-31", "2026-08-31", "2026-09-30", "2026-10-30", "2026-11-30"], Days("last-workday"));
        Assert.Equal(["2026-08-03", "2026-09-07", "2026-10-05", "2026-11-02", "2026-12-07"], Days("first-monday"));
        Assert.Equal(["2026-10-05", "2027-01-04", "2027-04-05", "2027-07-05", "2027-10-04"], Days("first-monday-quarter"));
        Assert.All(ScheduleChoices.All, c => Assert.Equal((c, new TimeOnly(7, 45)), ScheduleChoices.Recognise(c.Cron(new TimeOnly(7, 45)))));
        Assert.Null(ScheduleChoices.Recognise("0 9 * * 1"));
    }

    private static IEnumerable<string> CronPreviewDays(string cron, TimeZoneInfo zone, DateTimeOffset from)
    {
        Assert.True(CronPreview.TryParse(cron, out var expression));
        return CronPreview.Next(expression, zone, from).Select(d => TimeZoneInfo.ConvertTime(d, zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_mail_sender_is_saved_and_a_malformed_address_is_refused_with_a_message(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken);
        (string, string)[] common = [("Name", "Alpha GmbH"), ("TimeZone", "Europe/Berlin"), ("Language", "de"), ("PulseCron", "0 9 * * 1#1"),
            ("ScoreMinResponses", "5"), ("TextMinResponses", "10")];

        var invalid = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page, [.. common, ("MailFromName", "Vertrieb Alpha"),
            ("MailFromAddress", "vertrieb at alpha")]), TestContext.Current.CancellationToken);
        var invalidHtml = await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var before = await connection.QuerySingleAsync<(string? Name, string? Address)>(
            "SELECT mail_from_name, mail_from_address FROM organisation WHERE id = @AlphaId", new { world.AlphaId });
        var saved = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page, [.. common, ("MailFromName", " Vertrieb Alpha "),
            ("MailFromAddress", "vertrieb@alpha.example")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Bitte eine E-Mail-Adresse wie vertrieb@firma.de eingeben", invalidHtml, StringComparison.Ordinal);
        Assert.Equal((null, null), before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Vertrieb Alpha", "vertrieb@alpha.example"), await connection.QuerySingleAsync<(string?, string?)>(
            "SELECT mail_from_name, mail_from_address FROM organisation WHERE id = @AlphaId", new { world.AlphaId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Frozen_anonymity_thresholds_show_the_reason_and_cannot_be_changed(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("UPDATE organisation SET anonymity_frozen_at = @now WHERE id = @AlphaId", new { now = DateTimeOffset.UtcNow, world.AlphaId });
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken);

        var saved = await client.PostAsync("/admin/o/alpha/settings", AdminWorld.Form(page, ("Name", "Alpha GmbH"), ("TimeZone", "Europe/Berlin"),
            ("Language", "de"), ("PulseCron", "0 9 * * 1#1"), ("ScoreMinResponses", "3"), ("TextMinResponses", "3")), TestContext.Current.CancellationToken);

        Assert.Contains("Festgeschrieben seit", page, StringComparison.Ordinal);
        Assert.Contains("id=\"score\" name=\"ScoreMinResponses\" type=\"number\" min=\"3\" value=\"5\" disabled=\"disabled\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((5L, 10L), await connection.QuerySingleAsync<(long, long)>(
            "SELECT score_min_responses, text_min_responses FROM organisation WHERE id = @AlphaId", new { world.AlphaId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue18_the_store_refuses_thresholds_below_the_floor_as_the_page_does_and_changes_nothing(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new AdminOrganisationStore(world.Db);

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.UpdateAsync(world.AlphaId,
            new OrganisationSettings("Alpha AG", "Europe/Berlin", "de", "0 9 * * 1", 2, 10, false), TestContext.Current.CancellationToken));

        Assert.Equal("scoreMinimum", refused.ParamName);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("Alpha GmbH", 5), await connection.QuerySingleAsync<(string, int)>(
            "SELECT name, score_min_responses FROM organisation WHERE id = @AlphaId", new { world.AlphaId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Report_recipients_are_added_once_and_removed_again(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var page = await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken);

        await client.PostAsync("/admin/o/alpha/settings?handler=AddManager", AdminWorld.Form(page, ("ManagerEmail", "Lead@Alpha.example"),
            ("ManagerName", "Lena Lead"), ("ManagerLanguage", "en")), TestContext.Current.CancellationToken);
        await client.PostAsync("/admin/o/alpha/settings?handler=AddManager", AdminWorld.Form(page, ("ManagerEmail", "lead@alpha.example"),
            ("ManagerName", "Lena Lead"), ("ManagerLanguage", "en")), TestContext.Current.CancellationToken);
        var listed = await client.GetStringAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var managerId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation_manager WHERE organisation_id = @AlphaId", new { world.AlphaId });
        var count = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM organisation_manager WHERE organisation_id = @AlphaId", new { world.AlphaId });
        var removed = await client.PostAsync("/admin/o/alpha/settings?handler=RemoveManager", AdminWorld.Form(page,
            ("managerId", managerId.ToString(System.Globalization.CultureInfo.InvariantCulture))), TestContext.Current.CancellationToken);

        Assert.Contains("Lena Lead &lt;lead@alpha.example&gt; (en)", listed, StringComparison.Ordinal);
        Assert.Equal(1L, count);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM organisation_manager WHERE organisation_id = @AlphaId", new { world.AlphaId }));
    }
}
