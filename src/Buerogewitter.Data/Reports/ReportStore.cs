using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Workshops;
using Dapper;

namespace Buerogewitter.Data.Reports;

public sealed record ReportWave
{
    public long Id { get; init; }

    /// <summary>See <see cref="Pulses.WaveNumber"/>.</summary>
    public int Number { get; init; }

    public DateTimeOffset OpensAt { get; init; }

    public DateTimeOffset ClosesAt { get; init; }

    public IReadOnlyList<MetricValue> Metrics { get; set; } = [];
}

/// <summary>A theme of the latest wave; <see cref="Sides"/> (whose answers it holds) is for the gate, never shown.</summary>
public sealed record ReportTheme
{
    public int ThemeNo { get; init; }

    public required string Label { get; init; }

    /// <summary>The English wording of a theme that stands for a priority with an English text.</summary>
    public string? LabelEn { get; init; }

    public required string LineageKey { get; init; }

    /// <summary>A clustered theme's label is words of its answers; a priority theme's is the priority's own text.</summary>
    public bool LabelIsFreeText => ThemeLineage.IsClustered(LineageKey);

    public bool IsNew { get; init; }

    public IReadOnlyList<string> Sides { get; set; } = [];
}

/// <summary>
/// A representative answer: its text and theme, and its side only so that the gate can hold back
/// the answers of a side below the text threshold. No date, no id; the side is never shown.
/// </summary>
public sealed record ReportQuote(int ThemeNo, string Side, string Text);

public sealed record ReportLabel(long Id, string German, string English);

/// <summary>
/// Everything the monthly report of one organisation reads, already analysed. <see cref="Waves"/> are
/// all analysed waves up to the report's month, oldest first: the gate decides each against the ones
/// before it, and the report shows the last twelve.
/// </summary>
public sealed record ReportData(
    string OrganisationName,
    string Language,
    string TimeZone,
    int ScoreMinResponses,
    int TextMinResponses,
    IReadOnlyList<ReportWave> Waves,
    IReadOnlyList<ReportTheme> Themes,
    IReadOnlyList<ReportQuote> Quotes,
    IReadOnlyList<ReportLabel> Priorities,
    IReadOnlyList<ReportLabel> Items,
    DateOnly? WorkshopOn,
    IReadOnlyList<string> PersonNames)
{
    /// <summary>The report's day in the organisation's time zone: what "overdue" is measured against.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>The latest workshop up to the report's day, with its measures' check-back sums from the waves closed by then.</summary>
    public ReportWorkshop? Workshop { get; init; }
}

public sealed record ReportWorkshop(WorkshopRecord Record, IReadOnlyList<MeasureCheckCount> Checks);

public sealed class ReportStore(Db db)
{
    // Only its reads are used, which do not look at the clock.
    private readonly WorkshopRecordStore workshops = new(db, TimeProvider.System);

    /// <summary>The analysed waves that closed by <paramref name="until"/> (oldest first) and the latest one's details.</summary>
    public async Task<ReportData?> LoadAsync(long organisationId, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var waves = await WavesAsync(organisationId, until, cancellationToken);
        if (waves.Count == 0)
        {
            return null;
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        var organisation = await connection.QuerySingleAsync<(string Name, string Language, string TimeZone, long ScoreMin, long TextMin)>(
            new CommandDefinition("""
                SELECT name, language, time_zone, CAST(score_min_responses AS bigint), CAST(text_min_responses AS bigint)
                FROM organisation WHERE id = @organisationId
                """, new { organisationId }, cancellationToken: cancellationToken));
        var latest = new { waveId = waves[^1].Id };
        var themes = (await connection.QueryAsync<ReportTheme>(new CommandDefinition("""
            SELECT t.theme_no, t.label, t.label_en, t.lineage_key, t.is_new FROM analysis_theme t JOIN analysis a ON a.id = t.analysis_id
            WHERE a.wave_id = @waveId ORDER BY t.theme_no
            """, latest, cancellationToken: cancellationToken))).AsList();
        var themeSides = (await connection.QueryAsync<(long ThemeNo, string Side)>(new CommandDefinition("""
            SELECT DISTINCT CAST(aa.theme_no AS bigint), r.side
            FROM analysis_answer aa JOIN analysis a ON a.id = aa.analysis_id JOIN response r ON r.id = aa.response_id
            WHERE a.wave_id = @waveId AND aa.theme_no IS NOT NULL
            """, latest, cancellationToken: cancellationToken))).ToLookup(t => (int)t.ThemeNo, t => t.Side);
        foreach (var theme in themes)
        {
            theme.Sides = themeSides[theme.ThemeNo].Order(StringComparer.Ordinal).ToList();
        }

        var quotes = (await connection.QueryAsync<(long ThemeNo, string Side, string Text)>(new CommandDefinition("""
            SELECT CAST(aa.theme_no AS bigint), r.side, r.strategy_answer
            FROM analysis_answer aa JOIN analysis a ON a.id = aa.analysis_id JOIN response r ON r.id = aa.response_id
            WHERE a.wave_id = @waveId AND aa.representative_rank IS NOT NULL AND aa.theme_no IS NOT NULL
            ORDER BY aa.theme_no, aa.representative_rank
            """, latest, cancellationToken: cancellationToken))).Select(q => new ReportQuote((int)q.ThemeNo, q.Side, q.Text)).ToList();
        // A priority's English text is optional; where it is missing the English report shows the text as written.
        var priorities = (await connection.QueryAsync<(long Id, string Text, string? TextEn)>(new CommandDefinition("""
            SELECT p.id, p.text, p.text_en FROM priority p JOIN wave w ON w.strategy_version_id = p.strategy_version_id
            WHERE w.id = @waveId ORDER BY p.position
            """, latest, cancellationToken: cancellationToken))).Select(p => new ReportLabel(p.Id, p.Text, string.IsNullOrWhiteSpace(p.TextEn) ? p.Text : p.TextEn)).ToList();
        var items = (await connection.QueryAsync<(long Id, string De, string En)>(new CommandDefinition("""
            SELECT s.id, s.text_de, s.text_en FROM survey_item s JOIN wave w ON w.template_id = s.template_id
            WHERE w.id = @waveId ORDER BY s.position
            """, latest, cancellationToken: cancellationToken))).Select(i => new ReportLabel(i.Id, i.De, i.En)).ToList();
        var asOf = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone)).DateTime);
        var workshop = await connection.QueryFirstOrDefaultAsync<WorkshopRow>(new CommandDefinition("""
            SELECT id, held_on FROM workshop WHERE organisation_id = @organisationId AND held_on <= @asOf ORDER BY held_on DESC, id DESC
            """, new { organisationId, asOf }, cancellationToken: cancellationToken));
        // Names are read only to mask them in quotes and theme labels; they never leave this method otherwise.
        var names = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT display_name FROM participant WHERE organisation_id = @organisationId",
            new { organisationId }, cancellationToken: cancellationToken))).AsList();
        return new ReportData(organisation.Name, organisation.Language, organisation.TimeZone, (int)organisation.ScoreMin, (int)organisation.TextMin,
            waves, themes, quotes, priorities, items, workshop?.HeldOn, names)
        {
            AsOf = asOf,
            Workshop = workshop is not null && await workshops.LoadAsync(organisationId, workshop.Id, cancellationToken) is { } record
                ? new ReportWorkshop(record, await workshops.CheckCountsAsync(organisationId, workshop.Id, until, cancellationToken))
                : null,
        };
    }

    /// <summary>
    /// The organisation's analysed waves that closed by <paramref name="until"/>, oldest first, each with
    /// its stored figures: what the anonymity gate needs to decide any one of them.
    /// </summary>
    public async Task<IReadOnlyList<ReportWave>> WavesAsync(long organisationId, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var parameters = new { organisationId, until = until.ToUniversalTime() };
        var waves = (await connection.QueryAsync<ReportWave>(new CommandDefinition($"""
            SELECT w.id, {WaveNumber.Sql} AS number, w.opens_at, w.closes_at
            FROM wave w JOIN analysis a ON a.wave_id = w.id
            WHERE w.organisation_id = @organisationId AND w.closes_at <= @until
            ORDER BY w.opens_at, w.id
            """, parameters, cancellationToken: cancellationToken))).AsList();
        var metrics = (await connection.QueryAsync<AnalysisStore.MetricRow>(new CommandDefinition("""
            SELECT a.wave_id, m.side, m.metric, m.value, m.lower_bound, m.upper_bound, m.n
            FROM analysis_metric m JOIN analysis a ON a.id = m.analysis_id JOIN wave w ON w.id = a.wave_id
            WHERE w.organisation_id = @organisationId AND w.closes_at <= @until
            """, parameters, cancellationToken: cancellationToken))).ToLookup(m => m.WaveId);
        foreach (var wave in waves)
        {
            wave.Metrics = metrics[wave.Id].Select(m => m.ToValue()).ToList();
        }

        return waves;
    }

    private sealed record WorkshopRow
    {
        public long Id { get; init; }

        public DateOnly HeldOn { get; init; }
    }
}
