using System.Net;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Data.Workshops;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Pulses;
using Dapper;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class FollowThroughTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue8_the_next_wave_asks_both_sides_about_every_measure_and_stores_each_sides_view(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var acme = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var sample = WorkshopRecordStoreTests.Sample();
        await world.Get<WorkshopRecordStore>().CreateAsync(acme.Id, sample with { HeldOn = DateOnly.FromDateTime(PulseWorld.Start.UtcDateTime).AddDays(-14) }, Ct);

        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        var surveys = world.Get<SurveyStore>();
        var forms = new List<SurveyForm>();
        foreach (var mail in world.Smtp.Received)
        {
            forms.Add((await surveys.FindAsync(InvitationToken.HashOf(PulseWorld.TokenOf(mail))!, Ct))!);
        }

        // Inside and field people alike see the three measures: each side judges the other's part too.
        foreach (var side in new[] { "inside", "field" })
        {
            var form = forms.First(f => f.Side == side);
            Assert.Equal(sample.Measures.Select(m => m.Title), form.Measures.Select(m => m.Title));
            var checks = form.Measures.ToDictionary(m => m.Id, m => (int?)(side == "inside" ? 4 : 2));
            Assert.Equal(SubmitOutcome.Stored, await surveys.SubmitAsync(form,
                new SurveySubmission("de", "Service", null, null, new Dictionary<long, int?>(), checks), DateOnly.FromDateTime(PulseWorld.Start.UtcDateTime), Ct));
        }

        await using var connection = await world.Db.OpenAsync(Ct);
        var stored = (await connection.QueryAsync<(string Side, long Value)>(
            "SELECT r.side, CAST(c.value AS bigint) FROM response_measure_check c JOIN response r ON r.id = c.response_id ORDER BY r.side")).ToList();
        Assert.Equal([("field", 2L), ("field", 2L), ("field", 2L), ("inside", 4L), ("inside", 4L), ("inside", 4L)], stored);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_history_shows_each_sides_view_per_closed_wave_and_hides_a_side_with_too_few_answers(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var workshopId = (await store.CreateAsync(world.AlphaId, WorkshopRecordStoreTests.Sample(), Ct)).Id;
        var measures = (await store.LoadAsync(world.AlphaId, workshopId, Ct))!.Measures;
        var now = DateTimeOffset.UtcNow;
        // A closed wave: six inside answers (shown), two field answers (too few); an open wave with plenty, not shown yet.
        await InsertWaveAsync(world, measures.Select(m => m.Id), now.AddDays(-40), now.AddDays(-33), inside: [4, 4, 5, 3, 4, 4], field: [2, 1]);
        await InsertWaveAsync(world, measures.Select(m => m.Id), now.AddDays(-2), now.AddDays(5), inside: [1, 1, 1, 1, 1, 1], field: [1, 1, 1, 1, 1, 1]);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);

        var response = await client.GetAsync($"/admin/o/alpha/workshop/{workshopId}/follow-through", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "<td>4,0 von 5 \\[3,5; 4,5\\] \\(6 Antworten\\)</td>\\s*<td class=\"hidden\">zu wenige Antworten \\(unter 5\\)</td>"));
        Assert.DoesNotContain("1,0 von 5", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1,5", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_each_side_shows_its_interval_and_the_change_since_the_wave_before_called_lower_only_when_its_interval_excludes_zero(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var workshopId = (await store.CreateAsync(world.AlphaId, WorkshopRecordStoreTests.Sample(), Ct)).Id;
        var measures = (await store.LoadAsync(world.AlphaId, workshopId, Ct))!.Measures.Select(m => m.Id).ToList();
        var now = DateTimeOffset.UtcNow;
        // Inside falls clearly from about 4 to about 2; field moves by a little and stays within noise.
        await InsertWaveAsync(world, measures, now.AddDays(-70), now.AddDays(-63), inside: [4, 4, 5, 3, 4, 4], field: [3, 4, 2, 3, 4, 3]);
        await InsertWaveAsync(world, measures, now.AddDays(-40), now.AddDays(-33), inside: [2, 2, 1, 2, 2, 3], field: [4, 3, 3, 4, 2, 4]);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);

        var german = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/o/alpha/workshop/{workshopId}/follow-through", Ct));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/o/alpha/workshop/{workshopId}/follow-through?lang=en", Ct));

        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(german, "<td>2,0 von 5 \\[1,5; 2,5\\] \\(6 Antworten\\)<br><span class=\"trend\">↓ niedriger als in der Befragung davor: −2,0 \\[−2,7; −1,3\\]</span></td>"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(german, "→ kein erkennbarer Unterschied zur Befragung davor: \\+0,2 \\[−0,7; \\+1,1\\]"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(english, "↓ lower than in the survey before: −2.0 \\[−2.7; −1.3\\]"));
        // Each row names the wave by its number in the organisation, so two waves of one day stay apart (#17.13).
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(german, "<th scope=\"row\">Runde 1 vom "));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(english, "<th scope=\"row\">Wave 2, opened "));
    }

    internal static async Task InsertWaveAsync(AdminWorld world, IEnumerable<long> measureIds, DateTimeOffset opensAt, DateTimeOffset closesAt, int[] inside, int[] field)
    {
        await using var connection = await world.Db.OpenAsync(Ct);
        var organisationId = world.AlphaId;
        // The organisation has the default questionnaire since it was created; the strategy is added once.
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM strategy_version WHERE organisation_id = @organisationId", new { organisationId }) == 0)
        {
            await connection.ExecuteAsync("""
                INSERT INTO strategy_version (organisation_id, version_no, effective_from, created_at) VALUES (@organisationId, 1, @today, @opensAt);
                """, new { organisationId, opensAt, today = DateOnly.FromDateTime(opensAt.UtcDateTime) });
        }

        var waveId = await connection.ExecuteScalarAsync<long>($"""
            INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, created_at){world.Db.Dialect.OutputInsertedId}
            VALUES (@organisationId, (SELECT MAX(id) FROM survey_template WHERE organisation_id = @organisationId),
                    (SELECT MAX(id) FROM strategy_version WHERE organisation_id = @organisationId), @opensAt, @opensAt, @closesAt, @opensAt){world.Db.Dialect.ReturningId}
            """, new { organisationId, opensAt, closesAt });
        foreach (var measureId in measureIds)
        {
            await connection.ExecuteAsync("INSERT INTO wave_measure (wave_id, measure_id) VALUES (@waveId, @measureId)", new { waveId, measureId });
        }

        foreach (var (side, value) in inside.Select(v => ("inside", v)).Concat(field.Select(v => ("field", v))))
        {
            var responseId = Guid.NewGuid();
            await connection.ExecuteAsync("""
                INSERT INTO response (id, wave_id, side, language, submitted_on, strategy_answer) VALUES (@responseId, @waveId, @side, 'de', @day, 'Service')
                """, new { responseId, waveId, side, day = DateOnly.FromDateTime(opensAt.UtcDateTime) });
            foreach (var measureId in measureIds)
            {
                await connection.ExecuteAsync("INSERT INTO response_measure_check (response_id, measure_id, value) VALUES (@responseId, @measureId, @value)",
                    new { responseId, measureId, value });
            }
        }
    }
}
