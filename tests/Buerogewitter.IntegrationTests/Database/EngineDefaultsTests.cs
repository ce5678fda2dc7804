using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Pulses;
using Dapper;

namespace Buerogewitter.IntegrationTests.Database;

/// <summary>
/// Decisions that must not depend on how a server is configured (issue #16): on SQL Server they run for
/// real whenever BG_TEST_SQLSERVER is set, with SET NOCOUNT ON made the server's default.
/// </summary>
public sealed class EngineDefaultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_link_answers_once_and_a_wave_closes_once_when_the_server_reports_no_row_counts(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: 2);
        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        var surveys = world.Get<SurveyStore>();
        var form = (await surveys.FindAsync(InvitationToken.HashOf(PulseWorld.TokenOf(world.Smtp.Received[0]))!, Ct))!;
        var answer = new SurveySubmission("de", "Marge vor Menge", 4, null, new Dictionary<long, int?>(), new Dictionary<long, int?>());
        var waves = world.Get<WaveStore>();

        SubmitOutcome first, second;
        bool closed, closedAgain;
        await using (await ServerDefaults.WithoutRowCountsAsync(world.Db))
        {
            first = await surveys.SubmitAsync(form, answer, DateOnly.FromDateTime(PulseWorld.Start.UtcDateTime), Ct);
            // The same form again, as a second tab or a double click would post it.
            second = await surveys.SubmitAsync(form, answer, DateOnly.FromDateTime(PulseWorld.Start.UtcDateTime), Ct);
            closed = await waves.CloseAsync(form.WaveId, Ct);
            closedAgain = await waves.CloseAsync(form.WaveId, Ct);
        }

        Assert.Equal(SubmitOutcome.Stored, first);
        Assert.Equal(SubmitOutcome.AlreadyAnswered, second);
        Assert.True(closed);
        Assert.False(closedAgain);
        await using var connection = await world.Db.OpenAsync(Ct);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation WHERE used = @used", new { used = true }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_time_with_an_offset_is_written_as_utc_and_compared_as_an_instant(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var organisation = await new OrganisationStore(db, TimeProvider.System).CreateAsync(new NewOrganisation("acme", "Acme", "Europe/Berlin", "de"), Ct);
        var berlinTen = new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.FromHours(1));
        var halfPastNineUtc = new DateTimeOffset(2027, 1, 4, 9, 30, 0, TimeSpan.Zero);
        await using var connection = await db.OpenAsync(Ct);

        await connection.ExecuteAsync("UPDATE organisation SET anonymity_frozen_at = @berlinTen WHERE id = @Id", new { berlinTen, organisation.Id });
        var earlier = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM organisation WHERE anonymity_frozen_at < @halfPastNineUtc", new { halfPastNineUtc });
        var stored = (await new OrganisationStore(db, TimeProvider.System).FindAsync("acme", Ct))!.AnonymityFrozenAt!.Value;

        Assert.Equal(1, earlier);
        Assert.Equal(berlinTen, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_the_first_rows_come_in_the_order_the_dialect_was_given(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var organisations = new OrganisationStore(db, TimeProvider.System);
        foreach (var slug in new[] { "beta", "alpha", "gamma" })
        {
            await organisations.CreateAsync(new NewOrganisation(slug, slug, "Europe/Berlin", "de"), Ct);
        }

        await using var connection = await db.OpenAsync(Ct);
        var firstTwo = await connection.QueryAsync<string>($"SELECT slug FROM organisation{db.Dialect.OrderByLimit("slug DESC", 2)}");

        Assert.Equal(["gamma", "beta"], firstTwo);
    }
}
