using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Pulses;

public sealed class WaveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Opening_the_same_occurrence_twice_makes_one_wave(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var waves = world.Get<WaveStore>();

        var first = await waves.OpenAsync(organisation, PulseWorld.Start, Ct);
        world.Clock.Advance(TimeSpan.FromMinutes(3));
        var retried = await waves.OpenAsync(organisation, PulseWorld.Start, Ct);

        Assert.Equal(WaveOpenOutcome.Opened, first.Outcome);
        Assert.Equal(WaveOpenOutcome.AlreadyOpenedForThisOccurrence, retried.Outcome);
        Assert.Equal(first.Wave!.Id, retried.Wave!.Id);
        Assert.Single(await waves.ListAsync(organisation.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_wave_closes_after_the_configured_days_and_reminds_on_days_three_and_five_at_the_same_local_time(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;

        var wave = (await world.Get<WaveStore>().OpenAsync(organisation, PulseWorld.Start, Ct)).Wave!;

        Assert.Equal(PulseWorld.Start, wave.OpensAt);
        Assert.Equal(PulseWorld.Start.AddDays(3), wave.Reminder1At);
        Assert.Equal(PulseWorld.Start.AddDays(5), wave.Reminder2At);
        Assert.Equal(PulseWorld.Start.AddDays(7), wave.ClosesAt);
        Assert.NotNull((await world.Get<OrganisationStore>().FindAsync("acme", Ct))!.AnonymityFrozenAt);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Wave_open_is_refused_while_a_wave_is_open_and_sends_nothing(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        world.Clock.Advance(TimeSpan.FromDays(1));

        var second = await world.RunAsync("wave", "open", "--org", "acme");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("still open", second.Error, StringComparison.Ordinal);
        Assert.Equal(12, world.Smtp.Received.Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Wave_open_without_a_strategy_says_how_to_set_one_up(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, setUp: false);

        var result = await world.RunAsync("wave", "open", "--org", "acme");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("needs a strategy version with its priorities", result.Error, StringComparison.Ordinal);
        Assert.Contains("buerogewitter strategy set --org acme --file PRIORITIES.csv", result.Error, StringComparison.Ordinal);
        // A new organisation has the default questionnaire: only the strategy is missing.
        Assert.DoesNotContain("survey template", result.Error, StringComparison.Ordinal);
        Assert.Empty(world.Smtp.Received);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Invitations_store_only_a_sha256_hash_of_a_22_character_token(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);

        await world.RunAsync("wave", "open", "--org", "acme");

        await using var connection = await world.Db.OpenAsync(Ct);
        var hashes = (await connection.QueryAsync<byte[]>("SELECT token_hash FROM invitation")).ToList();
        Assert.Equal(12, hashes.Count);
        Assert.All(hashes, h => Assert.Equal(32, h.Length));
        Assert.All(world.Smtp.Received, m => Assert.Equal(22, PulseWorld.TokenOf(m).Length));
        Assert.Equal(12, (await world.WorkingLinksAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Doubled_invitation_creation_makes_one_invitation_per_active_participant(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine, participants: 1200);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        await using (var connection = await world.Db.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("UPDATE participant SET active = @inactive WHERE email = 'p007@example.com'", new { inactive = false });
        }

        var wave = (await world.Get<WaveStore>().OpenAsync(organisation, PulseWorld.Start, Ct)).Wave!;
        var store = world.Get<InvitationStore>();

        var created = await Task.WhenAll(store.CreateAsync(wave.Id, Ct), store.CreateAsync(wave.Id, Ct));
        var again = await store.CreateAsync(wave.Id, Ct);

        Assert.Equal(1199, created.Sum());
        Assert.Equal(0, again);
        await using var check = await world.Db.OpenAsync(Ct);
        Assert.Equal(1199, await check.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT participant_id) FROM invitation"));
        Assert.Equal(1199, await check.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT token_hash) FROM invitation"));
        Assert.Empty(world.Smtp.Received);
    }
}
