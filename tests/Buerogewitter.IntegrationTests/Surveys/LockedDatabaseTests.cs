using System.Diagnostics;
using System.Net;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Buerogewitter.IntegrationTests.Surveys;

/// <summary>Another process holds the SQLite file's write lock (issue 15, point 11).</summary>
public sealed class LockedDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issue15_a_locked_database_keeps_the_typed_answer_asks_to_send_it_again_and_health_says_degraded()
    {
        await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        var db = await TestDatabases.CurrentAsync(Engines.Sqlite);
        var token = await OpenInvitation.CreateAsync(db);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite, new Dictionary<string, string?> { ["Survey:RequestsPerMinute"] = "1000" });
        using var client = app.Client();
        var html = await client.GetStringAsync($"/s/{token}", Ct);
        const string Typed = "Marge vor Umsatz & Service, lange überlegt";
        // As after `serve` starts: the schema is checked and current.
        var healthBefore = await client.GetStringAsync("/health", Ct);

        HttpResponseMessage locked;
        string health;
        var clock = Stopwatch.StartNew();
        await using (var other = new SqliteConnection(TestDatabases.ConnectionString(Engines.Sqlite)))
        {
            await other.OpenAsync(Ct);
            await using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync(Ct);
            health = await client.GetStringAsync("/health", Ct);
            locked = await client.PostAsync($"/s/{token}", AdminWorld.Form(html, ("StrategyAnswer", Typed), ("SelfClarity", "4")), Ct);
            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync(Ct);
        }

        var waited = clock.Elapsed;
        var body = WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync(Ct));
        var retry = await client.PostAsync($"/s/{token}", AdminWorld.Form(body, ("StrategyAnswer", Typed), ("SelfClarity", "4")), Ct);
        var healthAfter = await client.GetStringAsync("/health", Ct);

        Assert.StartsWith("Healthy", healthBefore, StringComparison.Ordinal);
        Assert.StartsWith("Degraded", health, StringComparison.Ordinal);
        Assert.Contains("database: Degraded (sqlite: writes are not getting through", health, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
        Assert.Contains("Ihre Antwort konnte gerade nicht gespeichert werden", body, StringComparison.Ordinal);
        Assert.Contains($">{Typed}</textarea>", body, StringComparison.Ordinal);
        Assert.True(waited < TimeSpan.FromSeconds(15), $"the page took {waited}");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.StartsWith("Healthy", healthAfter, StringComparison.Ordinal);
        await using var connection = await db.OpenAsync(Ct);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response WHERE strategy_answer = @Typed", new { Typed }));
    }
}
