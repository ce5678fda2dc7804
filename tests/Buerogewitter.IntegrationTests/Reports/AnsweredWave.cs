using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Database;
using Buerogewitter.Web.Analysis;
using Dapper;

namespace Buerogewitter.IntegrationTests.Reports;

/// <summary>One answer of a test wave: its side, its text, the rating it gives every collaboration item and its language.</summary>
public sealed record TestAnswer(string Side, string Text, int Rating = 3, string Language = "de");

/// <summary>
/// Test data: a closed and analysed wave of the demo organisation after its six demo waves, with exactly
/// the given answers, so a test decides how many answers each side has and what they say.
/// </summary>
public static class AnsweredWave
{
    public static async Task<long> AddAsync(Db db, IReadOnlyList<TestAnswer> answers)
    {
        var now = DateTimeOffset.UtcNow;
        long waveId;
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            var organisationId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'demo'");
            waveId = await connection.ExecuteScalarAsync<long>($"""
                INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, closed_at, created_at){db.Dialect.OutputInsertedId}
                VALUES (@organisationId,
                        (SELECT MAX(id) FROM survey_template WHERE organisation_id = @organisationId),
                        (SELECT MAX(id) FROM strategy_version WHERE organisation_id = @organisationId),
                        @opensAt, @opensAt, @closesAt, @closesAt, @opensAt){db.Dialect.ReturningId}
                """, new { organisationId, opensAt = now.AddHours(-2), closesAt = now.AddMinutes(-1) });
            var items = (await connection.QueryAsync<long>(
                "SELECT s.id FROM survey_item s JOIN wave w ON w.template_id = s.template_id WHERE w.id = @waveId", new { waveId })).ToList();
            foreach (var answer in answers)
            {
                var responseId = Guid.NewGuid();
                await connection.ExecuteAsync("""
                    INSERT INTO response (id, wave_id, side, language, submitted_on, strategy_answer, self_clarity)
                    VALUES (@responseId, @waveId, @Side, @Language, @today, @Text, 3)
                    """, new { responseId, waveId, answer.Side, answer.Language, answer.Text, today = DateOnly.FromDateTime(now.UtcDateTime) });
                await connection.ExecuteAsync("INSERT INTO response_rating (response_id, item_id, value) VALUES (@responseId, @item, @Rating)",
                    items.Select(item => new { responseId, item, answer.Rating }));
            }
        }

        await new WaveAnalysis(new AnalysisStore(db, TimeProvider.System)).RunAsync(waveId, TestContext.Current.CancellationToken);
        return waveId;
    }

    // Answers that differ a little, as real ones do: identical answers cannot be clustered apart.
    private static readonly string[] Variations = ["vor allem", "ganz klar", "meiner Meinung nach", "eindeutig", "wie besprochen", "im Moment",
        "aus meiner Sicht", "seit Jahren", "nach wie vor", "vermutlich", "wie immer", "ehrlich gesagt", "im Grunde", "zurzeit", "sicher"];

    public static IEnumerable<TestAnswer> Repeat(int count, string side, string text, int rating = 3) =>
        Enumerable.Range(0, count).Select(i => new TestAnswer(side, $"{Variations[i % Variations.Length]} {text}", rating));
}
