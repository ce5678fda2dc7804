using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.Core.Demo;
using Buerogewitter.Core.Text;
using Buerogewitter.Data.Workshops;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Admin;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Buerogewitter.IntegrationTests.Demo;

public sealed partial class DemoVerbTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_demo_prints_a_manager_and_a_consultant_who_sign_in_and_see_the_demo_organisation_only(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        await VerbRunner.RunAsync(engine, "org create", "--slug", "acme", "--name", "ACME");
        var earlier = Accounts((await VerbRunner.RunAsync(engine, "demo", "--seed-only")).Out);

        var result = await VerbRunner.RunAsync(engine, "demo", "--seed-only");

        var accounts = Accounts(result.Out);
        Assert.Equal(["consultant", "manager"], accounts.Keys.Order());
        await using var app = await TestWebApp.StartAsync(engine);
        foreach (var (role, (email, password)) in accounts)
        {
            using var client = app.Client();
            Assert.Equal(HttpStatusCode.Redirect, (await AdminWorld.SignInAsync(client, email, password)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/o/demo?handler=Report", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/o/acme", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);
            using var stale = app.Client();
            Assert.Equal(HttpStatusCode.Unauthorized, (await AdminWorld.SignInAsync(stale, email, earlier[role].Password)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_demo_accounts_do_not_take_away_the_setup_link_of_the_first_administrator(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        await VerbRunner.RunAsync(engine, "demo", "--seed-only");
        await using var app = await TestWebApp.StartAsync(engine);

        var setup = await app.Services.GetRequiredService<AdminBootstrap>().EnsureAsync(app.BaseAddress, TestContext.Current.CancellationToken);

        Assert.Contains("/admin/setup/", setup, StringComparison.Ordinal);
    }

    private static Dictionary<string, (string Email, string Password)> Accounts(string output) =>
        AccountLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value));

    [GeneratedRegex(@"^\s+(manager|consultant)\s+(\S+@\S+)\s+password: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AccountLine();

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

    // The demo plants sides that name different halves of the strategy, and miss it in different ways, before
    // its workshop (planted Jensen–Shannon divergence about 0.20) and alike after it (about 0).
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue14_the_demo_divergence_falls_by_at_least_a_tenth_across_the_workshop_and_each_wave_lies_in_its_interval(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        var file = Path.Combine(Path.GetTempPath(), $"bg-demo-metrics-{Guid.NewGuid():N}.csv");

        var verb = await VerbRunner.RunAsync(engine, "metrics", "--org", "demo", "--output", file);

        Assert.Equal(0, verb.ExitCode);
        var table = CsvReader.ReadFile(file);
        File.Delete(file);
        double Cell(IReadOnlyList<string> row, string column) => double.Parse(row[table.ColumnIndex(column)], CultureInfo.InvariantCulture);
        var waves = table.Rows.Where(r => r[2] == "inside")
            .Select(r => (Value: Cell(r, "divergence"), Low: Cell(r, "divergence_low"), High: Cell(r, "divergence_high")))
            .ToList();
        Assert.Equal(DemoScenarioBuilder.WaveCount, waves.Count);
        Assert.All(waves, w => Assert.InRange(w.Value, w.Low, w.High));
        var before = waves.Take(DemoScenarioBuilder.WavesBeforeWorkshop).Average(w => w.Value);
        var after = waves.Skip(DemoScenarioBuilder.WavesBeforeWorkshop).Average(w => w.Value);
        Assert.True(before - after >= 0.10, $"divergence before {before:F3}, after {after:F3}");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_demo_workshops_owners_are_roster_people_already_told_of_their_measures(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var (organisationId, workshopId) = await connection.QuerySingleAsync<(long, long)>(
            "SELECT k.organisation_id, k.id FROM workshop k JOIN organisation o ON o.id = k.organisation_id WHERE o.slug = 'demo'");

        var owners = (await connection.QueryAsync<(string Side, string Name)>("""
            SELECT p.side, p.display_name FROM measure m JOIN participant p ON p.id = m.owner_inside_id OR p.id = m.owner_field_id
            WHERE m.workshop_id = @workshopId
            """, new { workshopId })).ToList();
        var unmailed = await new WorkshopRecordStore(db, TimeProvider.System).UnmailedOwnersAsync(organisationId, workshopId, TestContext.Current.CancellationToken);

        Assert.Equal(6, owners.Count);
        Assert.Equal(3, owners.Count(o => o.Side == "inside"));
        Assert.Equal(3, owners.Count(o => o.Side == "field"));
        Assert.Empty(unmailed);
    }
}
