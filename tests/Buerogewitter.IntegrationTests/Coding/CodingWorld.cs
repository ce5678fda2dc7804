using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Coding;
using Buerogewitter.Data.Strategy;
using Buerogewitter.IntegrationTests.Admin;
using Dapper;

namespace Buerogewitter.IntegrationTests.Coding;

/// <summary>
/// <see cref="AdminWorld"/> plus answers in "alpha": a closed wave of 80 answers (half about bananas,
/// half about apples, which no priority names), a closed wave of 5 and an open wave of 12.
/// </summary>
public sealed record CodingWorld(AdminWorld Admin, long ClosedWaveId, IReadOnlyList<Guid> Bananas, IReadOnlyList<Guid> Apples,
    IReadOnlyList<Guid> SmallWave, IReadOnlyList<Guid> OpenWave, IReadOnlyList<long> PriorityIds, DateTimeOffset Opened)
{
    public const string SmallWaveText = "Kleine Runde";
    public const string OpenWaveText = "Offene Runde";

    private static readonly string[] Variants = ["frisch", "reif", "gelb", "bio", "klein", "groß", "grün", "süß", "saftig", "rund"];

    public IEnumerable<Guid> Closed => Bananas.Concat(Apples);

    public static async Task<CodingWorld> CreateAsync(string engine)
    {
        var admin = await AdminWorld.CreateAsync(engine);
        await new StrategyAdminStore(admin.Db, TimeProvider.System).CreateAsync(admin.AlphaId, new DateOnly(2026, 1, 1), null,
            [new("Neukunden im Mittelstand gewinnen", null, []), new("Angebote innerhalb von 24 Stunden", null, []), new("Serviceverträge ausbauen", null, [])]);
        var opened = new DateTimeOffset(2026, 10, 5, 7, 0, 0, TimeSpan.Zero);
        await using var connection = await admin.Db.OpenAsync(TestContext.Current.CancellationToken);
        var priorityIds = (await connection.QueryAsync<long>("""
            SELECT p.id FROM priority p JOIN strategy_version v ON v.id = p.strategy_version_id WHERE v.organisation_id = @AlphaId ORDER BY p.position
            """, new { admin.AlphaId })).ToList();
        await connection.ExecuteAsync("""
            INSERT INTO survey_template (organisation_id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en, created_at)
            VALUES (@AlphaId, 'Puls', 'Strategie?', 'Strategy?', 'Ich kenne sie.', 'I know them.', @opened)
            """, new { admin.AlphaId, opened });

        var closed = await WaveAsync(connection, admin.AlphaId, opened, closed: true);
        var bananas = await AnswersAsync(connection, closed, opened, Enumerable.Repeat(Variants, 4).SelectMany(v => v).Select((v, i) => $"Bananen {v} schälen, Nummer {i}"));
        var apples = await AnswersAsync(connection, closed, opened, Enumerable.Repeat(Variants, 4).SelectMany(v => v).Select((v, i) => $"Äpfel {v} pflücken, Nummer {i}"));
        var small = await WaveAsync(connection, admin.AlphaId, opened.AddDays(30), closed: true);
        var smallAnswers = await AnswersAsync(connection, small, opened.AddDays(30), Enumerable.Range(0, 5).Select(i => $"{SmallWaveText} {i}"));
        var open = await WaveAsync(connection, admin.AlphaId, DateTimeOffset.UtcNow.AddDays(-1), closed: false);
        var openAnswers = await AnswersAsync(connection, open, DateTimeOffset.UtcNow, Enumerable.Range(0, 12).Select(i => $"{OpenWaveText} {i}"));
        return new CodingWorld(admin, closed, bananas, apples, smallAnswers, openAnswers, priorityIds, opened);
    }

    /// <summary>Codes answers as one coder through the store: bananas get <paramref name="bananaCode"/>, apples none.</summary>
    public async Task CodeAsync(string coderEmail, IEnumerable<Guid> responses, IReadOnlyList<long> bananaCode)
    {
        var store = new CodingStore(Admin.Db);
        var coder = (await new AdminUserStore(Admin.Db, TimeProvider.System).FindAsync(coderEmail, TestContext.Current.CancellationToken))!.Id;
        foreach (var response in responses)
        {
            await store.SaveAsync(response, coder, Bananas.Contains(response) ? bananaCode : [], TestContext.Current.CancellationToken);
        }
    }

    private static async Task<long> WaveAsync(System.Data.Common.DbConnection connection, long organisationId, DateTimeOffset opens, bool closed)
    {
        await connection.ExecuteAsync("""
            INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, closed_at, created_at)
            SELECT @organisationId, MAX(t.id), MAX(v.id), @opens, @opens, @closes, @closedAt, @opens
            FROM survey_template t JOIN strategy_version v ON v.organisation_id = t.organisation_id WHERE t.organisation_id = @organisationId
            """, new { organisationId, opens, closes = opens.AddDays(7), closedAt = closed ? opens.AddDays(7) : (DateTimeOffset?)null });
        return await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM wave WHERE organisation_id = @organisationId", new { organisationId });
    }

    private static async Task<IReadOnlyList<Guid>> AnswersAsync(System.Data.Common.DbConnection connection, long waveId, DateTimeOffset on, IEnumerable<string> texts)
    {
        var ids = new List<Guid>();
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await connection.ExecuteAsync("""
                INSERT INTO response (id, wave_id, side, language, submitted_on, strategy_answer) VALUES (@id, @waveId, @side, 'de', @day, @text)
                """, new { id, waveId, side = i % 2 == 0 ? "inside" : "field", day = DateOnly.FromDateTime(on.UtcDateTime), text });
        }

        return ids;
    }
}
