using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Strategy;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Reports;
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

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue14_reanalyse_runs_every_closed_wave_again_with_the_current_engine(string engine)
    {
        var db = await DemoSnapshots.RestoreAsync(engine);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("UPDATE analysis SET engine = 'char-ngram-tfidf+kmeans/1'");

        var result = await VerbRunner.RunAsync(engine, "reanalyse", "--org", "demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("6 of 6 closed wave(s) of demo analysed", result.Out, StringComparison.Ordinal);
        var engines = (await connection.QueryAsync<string>("SELECT engine FROM analysis")).ToList();
        Assert.Equal(6, engines.Count);
        Assert.All(engines, e => Assert.StartsWith(WaveAnalysis.Engine, e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Issue14_an_organisations_glossary_teaches_the_analysis_its_own_words()
    {
        var db = await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        TestAnswer[] answers = [.. AnsweredWave.Repeat(6, "inside", "die Goldkunden gemeinsam betreuen")];
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        async Task<long> NamedAsync(long waveId) => await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM analysis_answer_priority ap JOIN analysis a ON a.id = ap.analysis_id JOIN priority p ON p.id = ap.priority_id
            WHERE a.wave_id = @waveId AND p.text LIKE 'Die Top-30-Key-Accounts%'
            """, new { waveId });

        var without = await NamedAsync(await AnsweredWave.AddAsync(db, answers));
        await new StrategyAdminStore(db, TimeProvider.System).SetGlossaryAsync(
            await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'demo'"), "key-accounts: Goldkund*", TestContext.Current.CancellationToken);
        var with = await NamedAsync(await AnsweredWave.AddAsync(db, answers));

        Assert.Equal(0, without);
        Assert.Equal(6, with);
    }

    [Fact]
    public async Task Issue14_an_english_answer_joins_its_german_twin_in_the_theme_of_the_priority_it_names()
    {
        var db = await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        (string German, string English)[] twins =
        [
            ("Neukunden in der Lebensmittelindustrie gewinnen", "Win new customers in the food industry"),
            ("Jedes Angebot innerhalb von 48 Stunden beim Kunden", "Every quote with the customer within 48 hours"),
            ("Marge vor Menge, Rabatte nur nach der Matrix", "Margin before volume, discounts only by the matrix"),
        ];
        var waveId = await AnsweredWave.AddAsync(db,
        [
            .. twins.SelectMany(t => new[] { new TestAnswer("inside", t.German), new TestAnswer("field", t.English, Language: "en") }),
            .. AnsweredWave.Repeat(4, "field", "auf den regionalen Baumessen in Österreich ausstellen"),
        ]);

        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var themes = (await connection.QueryAsync<(string Text, long? ThemeNo, string? Lineage, string? Label)>("""
            SELECT r.strategy_answer, aa.theme_no, t.lineage_key, t.label
            FROM analysis_answer aa JOIN analysis a ON a.id = aa.analysis_id JOIN response r ON r.id = aa.response_id
            LEFT JOIN analysis_theme t ON t.analysis_id = a.id AND t.theme_no = aa.theme_no
            WHERE a.wave_id = @waveId
            """, new { waveId })).ToDictionary(t => t.Text);
        var priorities = (await connection.QueryAsync<(long Id, string Text)>("""
            SELECT p.id, p.text FROM priority p JOIN wave w ON w.strategy_version_id = p.strategy_version_id WHERE w.id = @waveId
            """, new { waveId })).ToDictionary(p => $"p{p.Id}", p => p.Text);

        foreach (var (german, english) in twins)
        {
            Assert.Equal(themes[german].ThemeNo, themes[english].ThemeNo);
            Assert.StartsWith("p", themes[german].Lineage, StringComparison.Ordinal);
            Assert.Equal(priorities[themes[german].Lineage!], themes[german].Label);
        }

        Assert.Equal(3, twins.Select(t => themes[t.German].ThemeNo).Distinct().Count());
        var fairs = themes.Values.Where(t => t.Text.Contains("Baumessen", StringComparison.Ordinal)).ToList();
        Assert.Single(fairs.Select(t => t.ThemeNo).Distinct());
        Assert.StartsWith($"w{waveId}t", fairs[0].Lineage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue14_a_diffuse_answer_is_in_no_theme_and_a_concrete_lever_on_no_list_is_in_one()
    {
        var db = await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        var waveId = await AnsweredWave.AddAsync(db,
        [
            .. Enumerable.Repeat(new TestAnswer("inside", "Das weiß nur die GF."), 3),
            .. Enumerable.Repeat(new TestAnswer("field", "Auf Fachmessen in Österreich ausstellen"), 3),
        ]);

        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var answers = (await connection.QueryAsync<(string Text, long? ThemeNo, bool Diffuse)>("""
            SELECT r.strategy_answer, aa.theme_no, aa.diffuse FROM analysis_answer aa JOIN analysis a ON a.id = aa.analysis_id
            JOIN response r ON r.id = aa.response_id WHERE a.wave_id = @waveId
            """, new { waveId })).ToList();

        // "GF" is a word of its own, but the answer only points elsewhere: counted as diffuse and nowhere else.
        Assert.Equal(6, answers.Count);
        Assert.All(answers.Where(a => a.Text.Contains("Das weiß", StringComparison.Ordinal)), a => Assert.Equal((null, true), (a.ThemeNo, a.Diffuse)));
        var fairs = answers.Where(a => a.Text.Contains("Fachmessen", StringComparison.Ordinal)).ToList();
        Assert.All(fairs, a => Assert.False(a.Diffuse));
        Assert.NotNull(Assert.Single(fairs.Select(a => a.ThemeNo).Distinct()));
    }

    [Fact]
    public async Task Issue14_waves_of_degenerate_answers_are_analysed_without_error()
    {
        var db = await DemoSnapshots.RestoreAsync(Engines.Sqlite);
        TestAnswer[][] waves =
        [
            [new("inside", "Messen in Österreich")],
            [.. Enumerable.Repeat(new TestAnswer("field", "Mehr Präsenz auf Fachmessen"), 6)],
            [.. Enumerable.Repeat(new TestAnswer("inside", "Keine Ahnung"), 5), .. Enumerable.Repeat(new TestAnswer("field", "Mehr Umsatz"), 5)],
            [.. Enumerable.Range(0, 8).Select(i => new TestAnswer(i % 2 == 0 ? "inside" : "field", i < 4 ? "trade fairs in Austria" : "no idea, ask the boss", Language: "en"))],
        ];

        foreach (var answers in waves)
        {
            var waveId = await AnsweredWave.AddAsync(db, answers);

            var metrics = await new AnalysisStore(db, TimeProvider.System).MetricsAsync(waveId, TestContext.Current.CancellationToken);
            Assert.Equal(answers.Length, metrics.Where(m => m.Metric == MetricNames.Responses && m.Side is "inside" or "field").Sum(m => m.Value));
            await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
            var themed = (await connection.QueryAsync<(string Text, long? ThemeNo)>("""
                SELECT r.strategy_answer, aa.theme_no FROM analysis_answer aa JOIN analysis a ON a.id = aa.analysis_id
                JOIN response r ON r.id = aa.response_id WHERE a.wave_id = @waveId
                """, new { waveId })).ToList();
            // The same words always land in the same theme, and only answers with content land in one.
            Assert.All(themed.GroupBy(t => t.Text), g => Assert.Single(g.Select(t => t.ThemeNo).Distinct()));
            Assert.All(themed.Where(t => t.Text is "Keine Ahnung" or "Mehr Umsatz"), t => Assert.Null(t.ThemeNo));
        }
    }

    private static List<string> Ordered(IEnumerable<MetricValue> metrics) =>
        metrics.Select(m => $"{m.Side}/{m.Metric}={m.Value:R} [{m.Lower:R},{m.Upper:R}] n={m.N}").Order(StringComparer.Ordinal).ToList();
}
