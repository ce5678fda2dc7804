using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Analysis;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Analysis;
using Dapper;

namespace Buerogewitter.IntegrationTests.Analysis;

public sealed class WaveAnalysisTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_demo_wave_is_analysed_and_running_it_again_changes_nothing(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        var store = new AnalysisStore(db, TimeProvider.System);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var waveIds = (await connection.QueryAsync<long>("SELECT id FROM wave ORDER BY opens_at")).ToList();

        var before = await store.MetricsAsync(waveIds[^1], TestContext.Current.CancellationToken);
        await new WaveAnalysis(store).RunAsync(waveIds[^1], TestContext.Current.CancellationToken);
        var after = await store.MetricsAsync(waveIds[^1], TestContext.Current.CancellationToken);

        Assert.Equal(6, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM analysis"));
        Assert.NotEmpty(before);
        Assert.Equal(Ordered(before), Ordered(after));
    }

    [Fact]
    public async Task The_same_answers_give_the_same_themes_and_intervals_after_reseeding_with_new_ids()
    {
        async Task<List<string>> LatestAsync()
        {
            Assert.Equal(0, (await VerbRunner.RunAsync(Engines.Sqlite, "demo", "--seed-only")).ExitCode);
            var db = await TestDatabases.CurrentAsync(Engines.Sqlite);
            await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
            var latest = await connection.ExecuteScalarAsync<long>("SELECT id FROM wave ORDER BY opens_at DESC LIMIT 1");
            string[] stable = [MetricNames.Divergence, MetricNames.ClarityIndex, MetricNames.Consensus, MetricNames.RecallMean];
            return Ordered((await new AnalysisStore(db, TimeProvider.System).MetricsAsync(latest, TestContext.Current.CancellationToken))
                .Where(m => stable.Contains(m.Metric)));
        }

        await TestDatabases.ResetAsync(Engines.Sqlite);
        var first = await LatestAsync();
        var second = await LatestAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Priority_recall_in_the_demo_rises_after_the_workshop_on_both_sides()
    {
        await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        var db = await TestDatabases.CurrentAsync(Engines.Sqlite);
        var store = new AnalysisStore(db, TimeProvider.System);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var waveIds = (await connection.QueryAsync<long>("SELECT id FROM wave ORDER BY opens_at")).ToList();
        var metrics = new List<IReadOnlyList<MetricValue>>();
        foreach (var waveId in waveIds)
        {
            metrics.Add(await store.MetricsAsync(waveId, TestContext.Current.CancellationToken));
        }

        foreach (var side in new[] { "inside", "field" })
        {
            double Mean(IEnumerable<IReadOnlyList<MetricValue>> waves) =>
                waves.Average(w => w.Single(m => m.Side == side && m.Metric == MetricNames.RecallMean).Value);
            Assert.True(Mean(metrics.Skip(3)) > Mean(metrics.Take(3)) + 0.1, $"{side}: recall did not rise after the workshop");
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Closing_a_wave_analyses_its_answers(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        var token = await Surveys.OpenInvitation.CreateAsync(db);
        var surveys = new Buerogewitter.Data.Surveys.SurveyStore(db);
        var form = (await surveys.FindAsync(Buerogewitter.Core.Pulses.InvitationToken.HashOf(token)!, TestContext.Current.CancellationToken))!;
        await surveys.SubmitAsync(form, new("de", "Neukunden in Food und Verpackung, Angebote in 48 Stunden", 4, null,
            new Dictionary<long, int?>(), new Dictionary<long, int?>()), DateOnly.FromDateTime(DateTime.UtcNow), TestContext.Current.CancellationToken);

        var closed = await VerbRunner.RunAsync(engine, "wave close", "--org", "demo");

        Assert.Equal(0, closed.ExitCode);
        var metrics = await new AnalysisStore(db, TimeProvider.System).MetricsAsync(form.WaveId, TestContext.Current.CancellationToken);
        Assert.Equal(1, metrics.Single(m => m.Side == "inside" && m.Metric == MetricNames.Responses).Value);
        // The answer names two of the four priorities: new accounts in food and packaging, quotes within 48 hours.
        Assert.Equal(0.5, metrics.Single(m => m.Side == "inside" && m.Metric == MetricNames.RecallMean).Value, 6);
    }

    private static List<string> Ordered(IEnumerable<MetricValue> metrics) =>
        metrics.Select(m => $"{m.Side}/{m.Metric}={m.Value:R} [{m.Lower:R},{m.Upper:R}] n={m.N}").Order(StringComparer.Ordinal).ToList();
}
