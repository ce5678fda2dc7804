using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Surveys;

/// <summary>What the survey page needs to show one invitation's survey.</summary>
public sealed record SurveyForm
{
    public long InvitationId { get; init; }

    public bool Used { get; init; }

    public long WaveId { get; init; }

    public DateTimeOffset ClosesAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public required string Side { get; init; }

    /// <summary>Null when the participant was erased after the invitation went out.</summary>
    public string? Language { get; init; }

    public required string OrganisationLanguage { get; init; }

    public required string OrganisationName { get; init; }

    public required string TimeZone { get; init; }

    public int ScoreMinResponses { get; init; }

    public int TextMinResponses { get; init; }

    public required string StrategyQuestionDe { get; init; }

    public required string StrategyQuestionEn { get; init; }

    public required string ClarityItemDe { get; init; }

    public required string ClarityItemEn { get; init; }

    public string? OpenQuestionDe { get; init; }

    public string? OpenQuestionEn { get; init; }

    public IReadOnlyList<SurveyFormItem> Items { get; set; } = [];

    public IReadOnlyList<SurveyFormMeasure> Measures { get; set; } = [];

    public bool IsClosed(DateTimeOffset now) => ClosedAt is not null || now >= ClosesAt;
}

public sealed record SurveyFormItem
{
    public long Id { get; init; }

    public required string TextDe { get; init; }

    public required string TextEn { get; init; }

    public required string LowLabelDe { get; init; }

    public required string HighLabelDe { get; init; }

    public required string LowLabelEn { get; init; }

    public required string HighLabelEn { get; init; }
}

public sealed record SurveyFormMeasure
{
    public long Id { get; init; }

    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    /// <summary>The English title for English participants where the consultant gave one, else the title as written.</summary>
    public string TitleIn(string language) => language == "en" && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : Title;
}

/// <summary>A validated answer, without anything that could identify the person who gave it.</summary>
public sealed record SurveySubmission(
    string Language,
    string StrategyAnswer,
    int? SelfClarity,
    string? CollaborationAnswer,
    IReadOnlyDictionary<long, int?> Ratings,
    IReadOnlyDictionary<long, int?> MeasureChecks);

public enum SubmitOutcome
{
    Stored,
    AlreadyAnswered,

    /// <summary>Another connection held the database's write lock for too long; nothing was stored.</summary>
    Busy,
}

public sealed class SurveyStore(Db db)
{
    private const int MaxCachedWaves = 1000;

    // A person waits for the page: after this long the page keeps the answer and asks to send it again.
    private static readonly TimeSpan SubmitLockWait = TimeSpan.FromSeconds(5);

    // A wave's questions are fixed once it opens (template editions are never changed, measures are
    // attached at opening), so they are read once per wave and process; nothing here is needed by
    // another instance.
    private readonly ConcurrentDictionary<long, (IReadOnlyList<SurveyFormItem> Items, IReadOnlyList<SurveyFormMeasure> Measures)> questions = new();

    // The invitation's latest link or one of its earlier links (a reminder issues a new one). Both
    // lookups go through a unique index on the hash; the hash of a secret token leaks nothing
    // through timing, so no constant-time comparison is needed on top.
    private const string InvitationOfLink = """
        COALESCE((SELECT x.id FROM invitation x WHERE x.token_hash = @tokenHash),
                 (SELECT l.invitation_id FROM invitation_link l WHERE l.token_hash = @tokenHash))
        """;

    public async Task<SurveyForm?> FindAsync(byte[] tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var form = await connection.QuerySingleOrDefaultAsync<SurveyForm>(new CommandDefinition($"""
            SELECT i.id AS invitation_id, i.used, w.id AS wave_id, w.closes_at, w.closed_at, i.side,
                   p.language, o.language AS organisation_language, o.name AS organisation_name, o.time_zone,
                   o.score_min_responses, o.text_min_responses,
                   t.strategy_question_de, t.strategy_question_en, t.clarity_item_de, t.clarity_item_en,
                   t.open_question_de, t.open_question_en
            FROM invitation i
            JOIN wave w ON w.id = i.wave_id
            JOIN organisation o ON o.id = w.organisation_id
            JOIN survey_template t ON t.id = w.template_id
            LEFT JOIN participant p ON p.id = i.participant_id
            WHERE i.id = {InvitationOfLink}
            """, new { tokenHash }, cancellationToken: cancellationToken));
        if (form is null)
        {
            return null;
        }

        if (!questions.TryGetValue(form.WaveId, out var waveQuestions))
        {
            var items = (await connection.QueryAsync<SurveyFormItem>(new CommandDefinition("""
                SELECT s.id, s.text_de, s.text_en, s.low_label_de, s.high_label_de, s.low_label_en, s.high_label_en
                FROM survey_item s JOIN wave w ON w.template_id = s.template_id
                WHERE w.id = @WaveId ORDER BY s.position
                """, new { form.WaveId }, cancellationToken: cancellationToken))).AsList();
            var measures = (await connection.QueryAsync<SurveyFormMeasure>(new CommandDefinition("""
                SELECT m.id, m.title, m.title_en FROM measure m JOIN wave_measure wm ON wm.measure_id = m.id JOIN workshop k ON k.id = m.workshop_id
                WHERE wm.wave_id = @WaveId ORDER BY k.held_on, k.id, m.position
                """, new { form.WaveId }, cancellationToken: cancellationToken))).AsList();
            if (questions.Count >= MaxCachedWaves)
            {
                questions.Clear();
            }

            waveQuestions = questions[form.WaveId] = (items, measures);
        }

        form.Items = waveQuestions.Items;
        form.Measures = waveQuestions.Measures;
        return form;
    }

    /// <summary>
    /// Marks the invitation used and stores the response in one transaction and one round trip. The
    /// conditional update comes first and is the guard: of two concurrent submits only one changes the
    /// invitation (the other waits for its row lock, then finds it used), and the other's inserts are
    /// rolled back. The update returns the id it claimed, so the decision rests on that statement alone,
    /// not on row counts, which a server may not report (SQL Server with SET NOCOUNT ON says -1).
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(SurveyForm form, SurveySubmission submission, DateOnly submittedOn,
        CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters(new { form.InvitationId, used = true, unused = false });
        var sql = $"""
            UPDATE invitation SET used = @used{db.Dialect.OutputInsertedId} WHERE id = @InvitationId AND used = @unused{db.Dialect.ReturningId};
            {InsertResponse(form.WaveId, form.Side, submittedOn, submission, parameters)}
            """;

        await using var connection = await db.OpenAsync(cancellationToken);
        db.Dialect.LimitLockWait(connection, SubmitLockWait);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var claimed = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
            if (claimed is null)
            {
                return SubmitOutcome.AlreadyAnswered;
            }

            await transaction.CommitAsync(cancellationToken);
            return SubmitOutcome.Stored;
        }
        catch (DbException ex) when (db.Dialect.IsLockTimeout(ex))
        {
            return SubmitOutcome.Busy;
        }
    }

    /// <summary>
    /// The statements that store one response with its scale answers, their values added to
    /// <paramref name="parameters"/>. The demo's past waves are written through it too, so a demo response
    /// is stored exactly as a submitted one: without participant, token or time of day.
    /// </summary>
    internal static string InsertResponse(long waveId, string side, DateOnly submittedOn, SurveySubmission submission,
        DynamicParameters parameters)
    {
        parameters.AddDynamicParams(new
        {
            responseId = Guid.NewGuid(),
            waveId,
            side,
            submission.Language,
            submittedOn,
            submission.StrategyAnswer,
            submission.SelfClarity,
            submission.CollaborationAnswer,
        });
        return $"""
            INSERT INTO response (id, wave_id, side, language, submitted_on, strategy_answer, self_clarity, collaboration_answer)
            VALUES (@responseId, @waveId, @side, @Language, @submittedOn, @StrategyAnswer, @SelfClarity, @CollaborationAnswer);
            {ScaleAnswers("response_rating", "item_id", "r", submission.Ratings, parameters)}
            {ScaleAnswers("response_measure_check", "measure_id", "m", submission.MeasureChecks, parameters)}
            """;
    }

    /// <summary>A multi-row INSERT of a response's scale answers, or nothing when there are none.</summary>
    private static string ScaleAnswers(string table, string keyColumn, string prefix,
        IReadOnlyDictionary<long, int?> answers, DynamicParameters parameters)
    {
        if (answers.Count == 0)
        {
            return "";
        }

        var rows = new List<string>(answers.Count);
        foreach (var (key, value) in answers)
        {
            var name = $"{prefix}{rows.Count}";
            parameters.Add($"{name}k", key);
            parameters.Add($"{name}v", value, DbType.Int32);
            rows.Add($"(@responseId, @{name}k, @{name}v)");
        }

        return $"INSERT INTO {table} (response_id, {keyColumn}, value) VALUES {string.Join(", ", rows)};";
    }
}
