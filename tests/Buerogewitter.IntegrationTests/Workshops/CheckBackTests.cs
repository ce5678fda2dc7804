using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Pulses;
using Dapper;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class CheckBackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_next_wave_asks_about_the_latest_workshops_measures_and_the_earlier_ones_not_yet_done_or_dropped_of_that_organisation_only(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var organisations = world.Get<OrganisationStore>();
        var acme = (await organisations.FindAsync("acme", Ct))!;
        var other = await organisations.CreateAsync(new NewOrganisation("other", "Other AG", "Europe/Berlin", "de"), Ct);
        await using var connection = await world.Db.OpenAsync(Ct);
        var today = DateOnly.FromDateTime(PulseWorld.Start.UtcDateTime);
        await connection.ExecuteAsync("""
            INSERT INTO survey_template (organisation_id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en, created_at)
            VALUES (@other, 'Puls', 'Was sind unsere Prioritäten?', 'What are our priorities?', 'Ich kenne sie.', 'I know them.', @now);
            INSERT INTO strategy_version (organisation_id, version_no, effective_from, created_at) VALUES (@other, 1, @today, @now);
            """, new { other = other.Id, now = PulseWorld.Start, today });
        await InsertWorkshopAsync(connection, acme.Id, today.AddDays(-60), "Alt", "in_progress", "done", "dropped");
        await InsertWorkshopAsync(connection, acme.Id, today.AddDays(-10), "Neu", "open", "done", "open");
        await InsertWorkshopAsync(connection, acme.Id, today.AddDays(20), "Später", "open", "open", "open");

        var waves = world.Get<WaveStore>();
        var acmeWave = (await waves.OpenAsync(acme, PulseWorld.Start, Ct)).Wave!;
        var otherWave = (await waves.OpenAsync((await organisations.FindAsync("other", Ct))!, PulseWorld.Start, Ct)).Wave!;

        var attached = (await connection.QueryAsync<(long WaveId, string Title)>(
            "SELECT wm.wave_id, m.title FROM wave_measure wm JOIN measure m ON m.id = wm.measure_id ORDER BY m.workshop_id, m.position")).ToList();
        // The earlier workshop's measure in progress is still asked about; its done and dropped ones are not. The latest
        // workshop's done measure is asked about (is it being kept?); a workshop after the opening day is not yet.
        Assert.Equal(["Alt 1", "Neu 1", "Neu 2", "Neu 3"], attached.Where(a => a.WaveId == acmeWave.Id).Select(a => a.Title));
        Assert.DoesNotContain(attached, a => a.WaveId == otherWave.Id);
    }

    private static async Task InsertWorkshopAsync(System.Data.Common.DbConnection connection, long organisationId, DateOnly heldOn, string title,
        params string[] statuses)
    {
        await connection.ExecuteAsync("""
            INSERT INTO workshop (organisation_id, held_on, moderator, goal, created_at)
            VALUES (@organisationId, @heldOn, 'Moderation', 'Ziel', @now)
            """, new { organisationId, heldOn, now = PulseWorld.Start });
        var workshopId = await connection.ExecuteScalarAsync<long>(
            "SELECT MAX(id) FROM workshop WHERE organisation_id = @organisationId", new { organisationId });
        for (var position = 1; position <= 3; position++)
        {
            await connection.ExecuteAsync("""
                INSERT INTO measure (workshop_id, position, title, owner_inside, owner_field, due_on, status)
                VALUES (@workshopId, @position, @title, 'Innen', 'Außen', @heldOn, @status)
                """, new { workshopId, position, title = $"{title} {position}", heldOn = heldOn.AddDays(30), status = statuses[position - 1] });
        }
    }
}
