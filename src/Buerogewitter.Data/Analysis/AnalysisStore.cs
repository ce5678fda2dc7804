using System.Text.Json;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Data.Coding;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Dapper;

namespace Buerogewitter.Data.Analysis;

public sealed record AnalysisResponse
{
    public Guid Id { get; init; }

    public required string Side { get; init; }

    public required string Language { get; init; }

    public required string StrategyAnswer { get; init; }

    public int? SelfClarity { get; init; }
}

public sealed record AnalysisRating
{
    public Guid ResponseId { get; init; }

    public long ItemId { get; init; }

    public int? Value { get; init; }
}

public sealed record AnalysisPriority
{
    public long Id { get; init; }

    public required string Text { get; init; }

    /// <summary>The English wording, when the strategy gave one.</summary>
    public string? TextEn { get; init; }

    public string? Examples { get; init; }
}

public sealed record StoredTheme
{
    public int ThemeNo { get; init; }

    public required string Label { get; init; }

    public required string LineageKey { get; init; }

    public bool IsNew { get; init; }

    public string? TermWeights { get; init; }

    public IReadOnlyDictionary<string, double> Weights =>
        TermWeights is null ? new Dictionary<string, double>() : JsonSerializer.Deserialize<Dictionary<string, double>>(TermWeights)!;
}

/// <summary>Everything one wave's analysis reads.</summary>
public sealed record AnalysisInput(
    long WaveId,
    IReadOnlyList<AnalysisResponse> Responses,
    IReadOnlyList<AnalysisRating> Ratings,
    IReadOnlyList<long> ItemIds,
    IReadOnlyList<AnalysisPriority> Priorities,
    IReadOnlyList<AnalysisPriority> StalePriorities,
    IReadOnlyDictionary<string, int> InvitationsPerSide,
    IReadOnlyList<StoredTheme> PreviousThemes,
    IReadOnlyList<CodedResponse> Coded,
    string? Glossary);

public sealed record AnswerResult(Guid ResponseId, int? ThemeNo, bool Diffuse, bool Stale, IReadOnlyList<long> Priorities, int? RepresentativeRank);

/// <summary>A theme as stored; <paramref name="LabelEn"/> is the English wording of a priority theme's label, when there is one.</summary>
public sealed record ThemeRecord(int ThemeNo, string Label, string LineageKey, bool IsNew, IReadOnlyDictionary<string, double> TermWeights, string? LabelEn);

public sealed record AnalysisRecord(
    long WaveId, string Engine, IReadOnlyList<ThemeRecord> Themes, IReadOnlyList<AnswerResult> Answers, IReadOnlyList<MetricValue> Metrics);

public sealed class AnalysisStore(Db db, TimeProvider clock)
{
    public async Task<AnalysisInput> LoadInputAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        CommandDefinition Command(string sql) => new(sql, new { waveId }, cancellationToken: cancellationToken);

        var responses = (await connection.QueryAsync<AnalysisResponse>(Command("""
            SELECT id, side, language, strategy_answer, self_clarity FROM response WHERE wave_id = @waveId ORDER BY id
            """))).AsList();
        var ratings = (await connection.QueryAsync<AnalysisRating>(Command("""
            SELECT rr.response_id, rr.item_id, rr.value
            FROM response_rating rr JOIN response r ON r.id = rr.response_id WHERE r.wave_id = @waveId
            """))).AsList();
        var itemIds = (await connection.QueryAsync<long>(Command("""
            SELECT s.id FROM survey_item s JOIN wave w ON w.template_id = s.template_id WHERE w.id = @waveId ORDER BY s.position
            """))).AsList();
        var priorities = (await connection.QueryAsync<AnalysisPriority>(Command("""
            SELECT p.id, p.text, p.text_en, p.examples FROM priority p JOIN wave w ON w.strategy_version_id = p.strategy_version_id
            WHERE w.id = @waveId ORDER BY p.position
            """))).AsList();
        // Retired priorities: those of the organisation's earlier strategy versions.
        var stale = (await connection.QueryAsync<AnalysisPriority>(Command("""
            SELECT p.id, p.text, p.text_en, p.examples
            FROM priority p
            JOIN strategy_version v ON v.id = p.strategy_version_id
            JOIN wave w ON w.organisation_id = v.organisation_id
            JOIN strategy_version current_version ON current_version.id = w.strategy_version_id
            WHERE w.id = @waveId AND v.version_no < current_version.version_no
            ORDER BY v.version_no, p.position
            """))).AsList();
        var invitations = (await connection.QueryAsync<(string Side, long Count)>(Command(
            "SELECT side, CAST(COUNT(*) AS bigint) FROM invitation WHERE wave_id = @waveId GROUP BY side")))
            .ToDictionary(r => r.Side, r => (int)r.Count, StringComparer.Ordinal);
        var previousThemes = (await connection.QueryAsync<StoredTheme>(Command("""
            SELECT t.theme_no, t.label, t.lineage_key, t.is_new, t.term_weights
            FROM analysis_theme t
            JOIN analysis a ON a.id = t.analysis_id
            WHERE a.wave_id = (SELECT MAX(p.id) FROM wave p JOIN wave w ON w.organisation_id = p.organisation_id
                               WHERE w.id = @waveId AND p.opens_at < w.opens_at)
            ORDER BY t.theme_no
            """))).AsList();
        var (strategyVersionId, glossary) = await connection.QuerySingleAsync<(long, string?)>(Command(
            "SELECT w.strategy_version_id, o.glossary FROM wave w JOIN organisation o ON o.id = w.organisation_id WHERE w.id = @waveId"));
        var coded = await CodingStore.CodedAsync(connection, strategyVersionId, cancellationToken);
        return new AnalysisInput(waveId, responses, ratings, itemIds, priorities, stale, invitations, previousThemes, coded, glossary);
    }

    /// <summary>Replaces the wave's analysis in one transaction; readers see the old one or the new one.</summary>
    public async Task SaveAsync(AnalysisRecord analysis, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await OrganisationDeletion.DeleteAnalysisAsync(connection, transaction, analysis.WaveId, cancellationToken);
        var analysisId = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO analysis (wave_id, engine, theme_count, created_at){db.Dialect.OutputInsertedId}
            VALUES (@WaveId, @Engine, @ThemeCount, @now){db.Dialect.ReturningId}
            """, new { analysis.WaveId, analysis.Engine, ThemeCount = analysis.Themes.Count, now = clock.GetUtcNow() },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO analysis_theme (analysis_id, theme_no, label, label_en, lineage_key, is_new, term_weights)
            VALUES (@analysisId, @ThemeNo, @Label, @LabelEn, @LineageKey, @IsNew, @Weights)
            """, analysis.Themes.Select(t => new { analysisId, t.ThemeNo, t.Label, t.LabelEn, t.LineageKey, t.IsNew, Weights = JsonSerializer.Serialize(t.TermWeights) }),
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO analysis_answer (analysis_id, response_id, theme_no, diffuse, stale, representative_rank)
            VALUES (@analysisId, @ResponseId, @ThemeNo, @Diffuse, @Stale, @RepresentativeRank)
            """, analysis.Answers.Select(a => new { analysisId, a.ResponseId, a.ThemeNo, a.Diffuse, a.Stale, a.RepresentativeRank }),
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO analysis_answer_priority (analysis_id, response_id, priority_id) VALUES (@analysisId, @ResponseId, @PriorityId)
            """, analysis.Answers.SelectMany(a => a.Priorities.Select(p => new { analysisId, a.ResponseId, PriorityId = p })),
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO analysis_metric (analysis_id, side, metric, value, lower_bound, upper_bound, n)
            VALUES (@analysisId, @Side, @Metric, @Value, @Lower, @Upper, @N)
            """, analysis.Metrics.Select(m => new { analysisId, m.Side, m.Metric, m.Value, m.Lower, m.Upper, m.N }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Closed waves of an organisation that have no analysis yet, oldest first.</summary>
    public async Task<IReadOnlyList<long>> PendingAsync(long organisationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition("""
            SELECT w.id FROM wave w
            WHERE w.organisation_id = @organisationId AND (w.closed_at IS NOT NULL OR w.closes_at <= @now)
              AND NOT EXISTS (SELECT 1 FROM analysis a WHERE a.wave_id = w.id)
            ORDER BY w.opens_at
            """, new { organisationId, now = now.ToUniversalTime() }, cancellationToken: cancellationToken));
        return ids.AsList();
    }

    public async Task<IReadOnlyList<MetricValue>> MetricsAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MetricRow>(new CommandDefinition("""
            SELECT m.side, m.metric, m.value, m.lower_bound, m.upper_bound, m.n
            FROM analysis_metric m JOIN analysis a ON a.id = m.analysis_id WHERE a.wave_id = @waveId
            """, new { waveId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToValue()).ToList();
    }

    /// <summary>A row of analysis_metric; <see cref="WaveId"/> only where the query selects it.</summary>
    internal sealed record MetricRow
    {
        public long WaveId { get; init; }

        public required string Side { get; init; }

        public required string Metric { get; init; }

        public double Value { get; init; }

        public double? LowerBound { get; init; }

        public double? UpperBound { get; init; }

        public int N { get; init; }

        public MetricValue ToValue() => new(Side, Metric, Value, LowerBound, UpperBound, N);
    }
}
