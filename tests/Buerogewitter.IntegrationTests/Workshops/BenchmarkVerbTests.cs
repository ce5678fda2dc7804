using Buerogewitter.Data.Database;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class BenchmarkVerbTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task With_five_opted_in_organisations_the_percentiles_show_and_no_other_organisation_is_named(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        await AddAsync(engine, db, "alpha", clarity: 60, divergence: 0.10, collaboration: 70);
        await AddAsync(engine, db, "beta", clarity: 40, divergence: 0.30, collaboration: 50);
        await AddAsync(engine, db, "gamma", clarity: 45, divergence: 0.20, collaboration: 55);
        await AddAsync(engine, db, "delta", clarity: 50, divergence: 0.40, collaboration: 80);
        await AddAsync(engine, db, "epsilon", clarity: 70, divergence: 0.50, collaboration: 40);

        var result = await VerbRunner.RunAsync(engine, "benchmark", "--org", "alpha", "--language", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
        [
            "Clarity index (mean of both sides): better than 75% of the other participants",
            "Divergence between the sides: better than 100% of the other participants",
            "Collaboration index (mean of both sides): better than 75% of the other participants",
        ], result.Out.Trim().Split(Environment.NewLine));
        Assert.DoesNotContain("beta", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_five_organisations_or_below_the_score_minimum_nothing_is_shown()
    {
        var db = await TestDatabases.ResetAsync(Engines.Sqlite);
        await AddAsync(Engines.Sqlite, db, "alpha", clarity: 60, divergence: 0.10, collaboration: 70);
        await AddAsync(Engines.Sqlite, db, "beta", clarity: 40, divergence: 0.30, collaboration: 50);
        await AddAsync(Engines.Sqlite, db, "gamma", clarity: 45, divergence: 0.20, collaboration: 55);
        await AddAsync(Engines.Sqlite, db, "delta", clarity: 50, divergence: 0.40, collaboration: 80);
        await AddAsync(Engines.Sqlite, db, "small", clarity: 70, divergence: 0.50, collaboration: 40, responsesPerSide: 4);

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "benchmark", "--org", "alpha", "--language", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Out.Split("not shown (fewer than 5 organisations", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task An_organisation_that_did_not_opt_in_cannot_ask()
    {
        var db = await TestDatabases.ResetAsync(Engines.Sqlite);
        await AddAsync(Engines.Sqlite, db, "alpha", clarity: 60, divergence: 0.10, collaboration: 70, optIn: false);

        var result = await VerbRunner.RunAsync(Engines.Sqlite, "benchmark", "--org", "alpha");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("buerogewitter benchmark: alpha has not opted in to the benchmark", result.Error.Trim());
    }

    /// <summary>An organisation with one analysed wave holding just the metrics the benchmark reads.</summary>
    internal static async Task AddAsync(
        string engine, Db db, string slug, double clarity, double divergence, double collaboration, int responsesPerSide = 12, bool optIn = true)
    {
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "org", "create", "--slug", slug, "--name", slug)).ExitCode);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = @slug", new { slug });
        await connection.ExecuteAsync("""
            UPDATE organisation SET benchmark_opt_in = @optIn WHERE id = @id;
            INSERT INTO survey_template (organisation_id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en, created_at)
            VALUES (@id, 'Puls', 'Strategie?', 'Strategy?', 'Ich kenne sie.', 'I know them.', @Now);
            INSERT INTO strategy_version (organisation_id, version_no, effective_from, created_at) VALUES (@id, 1, @today, @Now);
            """, new { id, optIn, Now, today = DateOnly.FromDateTime(Now.UtcDateTime) });
        await connection.ExecuteAsync("""
            INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, created_at)
            SELECT @id, MAX(t.id), MAX(v.id), @Now, @Now, @closes, @Now
            FROM survey_template t JOIN strategy_version v ON v.organisation_id = t.organisation_id WHERE t.organisation_id = @id;
            INSERT INTO analysis (wave_id, engine, theme_count, created_at) SELECT id, 'test', 4, @Now FROM wave WHERE organisation_id = @id;
            """, new { id, Now, closes = Now.AddDays(7) });
        var analysisId = await connection.ExecuteScalarAsync<long>(
            "SELECT a.id FROM analysis a JOIN wave w ON w.id = a.wave_id WHERE w.organisation_id = @id", new { id });
        (string Side, string Metric, double Value)[] metrics =
        [
            ("inside", "responses", responsesPerSide), ("field", "responses", responsesPerSide), ("lead", "responses", 0),
            ("inside", "clarity_index", clarity - 5), ("field", "clarity_index", clarity + 5),
            ("inside", "collaboration_index", collaboration), ("field", "collaboration_index", collaboration),
            ("all", "divergence", divergence),
        ];
        await connection.ExecuteAsync("""
            INSERT INTO analysis_metric (analysis_id, side, metric, value, lower_bound, upper_bound, n)
            VALUES (@analysisId, @Side, @Metric, @Value, NULL, NULL, @n)
            """, metrics.Select(m => new { analysisId, m.Side, m.Metric, m.Value, n = responsesPerSide }));
    }
}
