using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Demo;

public sealed class DemoVerbTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Demo_writes_six_waves_whose_responses_match_the_used_invitations_per_side(string engine)
    {
        await TestDatabases.ResetAsync(engine);

        var result = await VerbRunner.RunAsync(engine, "demo", "--seed-only");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("demo organisation 'demo'", result.Out, StringComparison.Ordinal);
        await using var connection = await (await TestDatabases.CurrentAsync(engine)).OpenAsync(TestContext.Current.CancellationToken);
        var perWave = (await connection.QueryAsync<(long WaveId, string Side, long Used, long Responses)>("""
            SELECT w.id, i.side,
                   SUM(CASE WHEN i.used = @yes THEN 1 ELSE 0 END),
                   (SELECT COUNT(*) FROM response r WHERE r.wave_id = w.id AND r.side = i.side)
            FROM wave w JOIN invitation i ON i.wave_id = w.id
            GROUP BY w.id, i.side
            """, new { yes = true })).ToList();
        Assert.Equal(6, perWave.Select(r => r.WaveId).Distinct().Count());
        Assert.All(perWave, r => Assert.Equal(r.Used, r.Responses));
        Assert.All(perWave.Where(r => r.Side != "lead"), r => Assert.InRange(r.Responses, 10, 20));
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM measure"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Running_demo_again_replaces_the_demo_and_leaves_other_organisations_alone(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        await VerbRunner.RunAsync(engine, "org create", "--slug", "acme", "--name", "ACME");
        await VerbRunner.RunAsync(engine, "demo", "--seed-only");
        var connection = await (await TestDatabases.CurrentAsync(engine)).OpenAsync(TestContext.Current.CancellationToken);
        await using (connection)
        {
            var before = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response");

            var again = await VerbRunner.RunAsync(engine, "demo", "--seed-only");

            Assert.Equal(0, again.ExitCode);
            Assert.Equal(before, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response"));
            Assert.Equal(["acme", "demo"], await connection.QueryAsync<string>("SELECT slug FROM organisation ORDER BY slug"));
        }
    }
}
