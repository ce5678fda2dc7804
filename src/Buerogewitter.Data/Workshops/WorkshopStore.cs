using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Workshops;

public sealed record WorkshopRow
{
    public long Id { get; init; }

    public DateOnly HeldOn { get; init; }
}

/// <summary>An analysed wave with its answers as the before/after comparison reads them.</summary>
public sealed record AnalysedWave(long Id, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, ComparedWave Wave);

/// <summary>The latest analysed wave of one organisation that takes part in the benchmark.</summary>
public sealed record BenchmarkEntry(long OrganisationId, int ScoreMinResponses, int TextMinResponses, IReadOnlyList<MetricValue> Metrics);

public sealed class WorkshopStore(Db db, AnalysisStore analyses)
{
    /// <summary>The organisation's workshop with this id, or its latest one when <paramref name="workshopId"/> is null.</summary>
    public async Task<WorkshopRow?> FindAsync(long organisationId, long? workshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<WorkshopRow>(new CommandDefinition("""
            SELECT id, held_on FROM workshop
            WHERE organisation_id = @organisationId AND (@workshopId IS NULL OR id = @workshopId)
            ORDER BY held_on DESC, id DESC
            """, new { organisationId, workshopId }, cancellationToken: cancellationToken));
    }

    /// <summary>Every analysed wave of the organisation with its analysed answers, oldest first.</summary>
    public async Task<IReadOnlyList<AnalysedWave>> AnalysedWavesAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        CommandDefinition Command(string sql) => new(sql, new { organisationId }, cancellationToken: cancellationToken);
        var waves = (await connection.QueryAsync<WaveRow>(Command("""
            SELECT w.id, w.opens_at, w.closes_at
            FROM wave w JOIN analysis a ON a.wave_id = w.id WHERE w.organisation_id = @organisationId ORDER BY w.opens_at
            """))).AsList();
        var answers = (await connection.QueryAsync<AnswerRow>(Command("""
            SELECT r.id, r.wave_id, r.side, r.self_clarity, aa.theme_no, aa.diffuse, aa.stale
            FROM response r
            JOIN analysis_answer aa ON aa.response_id = r.id
            JOIN wave w ON w.id = r.wave_id
            WHERE w.organisation_id = @organisationId
            """))).ToLookup(a => a.WaveId);
        var named = (await connection.QueryAsync<(Guid ResponseId, long PriorityId)>(Command("""
            SELECT aap.response_id, aap.priority_id
            FROM analysis_answer_priority aap JOIN analysis a ON a.id = aap.analysis_id JOIN wave w ON w.id = a.wave_id
            WHERE w.organisation_id = @organisationId
            """))).ToLookup(p => p.ResponseId, p => p.PriorityId);
        var ratings = (await connection.QueryAsync<AnalysisRating>(Command("""
            SELECT rr.response_id, rr.item_id, rr.value
            FROM response_rating rr JOIN response r ON r.id = rr.response_id JOIN wave w ON w.id = r.wave_id
            WHERE w.organisation_id = @organisationId
            """))).ToLookup(r => r.ResponseId);
        var priorities = (await connection.QueryAsync<(long WaveId, long Id)>(Command("""
            SELECT w.id, p.id FROM priority p JOIN wave w ON w.strategy_version_id = p.strategy_version_id
            WHERE w.organisation_id = @organisationId ORDER BY p.position
            """))).ToLookup(p => p.WaveId, p => p.Id);
        var items = (await connection.QueryAsync<(long WaveId, long Id)>(Command("""
            SELECT w.id, s.id FROM survey_item s JOIN wave w ON w.template_id = s.template_id
            WHERE w.organisation_id = @organisationId ORDER BY s.position
            """))).ToLookup(i => i.WaveId, i => i.Id);
        return waves.Select(w => new AnalysedWave(w.Id, w.OpensAt, w.ClosesAt, new ComparedWave(
            [.. answers[w.Id].Select(a => new AnalysedAnswer(
                Sides.Parse(a.Side),
                a.ThemeNo - 1, // stored themes count from 1, the metrics from 0 (as WaveAnalysis hands them over)
                a.Diffuse,
                a.Stale,
                [.. named[a.Id]],
                a.SelfClarity,
                ratings[a.Id].ToDictionary(r => r.ItemId, r => r.Value)))],
            [.. priorities[w.Id]],
            [.. items[w.Id]]))).ToList();
    }

    /// <summary>German and English texts of the Likert items the organisation's templates ask.</summary>
    public async Task<IReadOnlyDictionary<long, (string German, string English)>> ItemTextsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string German, string English)>(new CommandDefinition("""
            SELECT s.id, s.text_de, s.text_en FROM survey_item s JOIN survey_template t ON t.id = s.template_id
            WHERE t.organisation_id = @organisationId
            """, new { organisationId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => (r.German, r.English));
    }

    /// <summary>
    /// The latest analysed wave's metrics of every organisation with benchmark_opt_in. The ids are only for
    /// telling the asking organisation's own entry apart; they never leave the benchmark.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkEntry>> BenchmarkAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var latest = await connection.QueryAsync<(long OrganisationId, long ScoreMin, long TextMin, long WaveId)>(new CommandDefinition("""
            SELECT o.id, CAST(o.score_min_responses AS bigint), CAST(o.text_min_responses AS bigint), MAX(w.id)
            FROM organisation o JOIN wave w ON w.organisation_id = o.id JOIN analysis a ON a.wave_id = w.id
            WHERE o.benchmark_opt_in = @optedIn
              AND w.opens_at = (SELECT MAX(w2.opens_at) FROM wave w2 JOIN analysis a2 ON a2.wave_id = w2.id WHERE w2.organisation_id = o.id)
            GROUP BY o.id, o.score_min_responses, o.text_min_responses
            """, new { optedIn = true }, cancellationToken: cancellationToken));
        var entries = new List<BenchmarkEntry>();
        foreach (var row in latest)
        {
            entries.Add(new BenchmarkEntry(row.OrganisationId, (int)row.ScoreMin, (int)row.TextMin, await analyses.MetricsAsync(row.WaveId, cancellationToken)));
        }

        return entries;
    }

    private sealed record WaveRow
    {
        public long Id { get; init; }

        public DateTimeOffset OpensAt { get; init; }

        public DateTimeOffset ClosesAt { get; init; }
    }

    private sealed record AnswerRow
    {
        public Guid Id { get; init; }

        public long WaveId { get; init; }

        public required string Side { get; init; }

        public int? SelfClarity { get; init; }

        public int? ThemeNo { get; init; }

        public bool Diffuse { get; init; }

        public bool Stale { get; init; }
    }
}
