using System.Globalization;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Strategy;
using Buerogewitter.Core.Surveys;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Reports;
using Buerogewitter.Data.Strategy;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Reports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Buerogewitter.Web.Api;

public sealed record OrganisationResource(
    string Slug, string Name, string TimeZone, string Language, string PulseCron,
    int ScoreMinResponses, int TextMinResponses, DateTimeOffset? AnonymityFrozenAt)
{
    public static OrganisationResource From(Organisation o) =>
        new(o.Slug, o.Name, o.TimeZone, o.Language, o.PulseCron, o.ScoreMinResponses, o.TextMinResponses, o.AnonymityFrozenAt);
}

/// <summary>A strategy version: its number, the day it takes effect and its priorities in order.</summary>
public sealed record StrategyResource(int Version, DateOnly EffectiveFrom, string? Note, IReadOnlyList<PriorityDraft> Priorities)
{
    public static StrategyResource From(StrategyVersion v) => new(v.VersionNo, v.EffectiveFrom, v.Note, v.Priorities);
}

/// <summary>A new strategy version; without <c>EffectiveFrom</c> it takes effect today in the organisation's time zone.</summary>
public sealed record NewStrategyResource(DateOnly? EffectiveFrom, string? Note, IReadOnlyList<NewPriorityResource>? Priorities);

public sealed record NewPriorityResource(string? Text, string? TextEn, IReadOnlyList<string>? Examples);

/// <summary>A stored figure of a wave as the API returns it.</summary>
public sealed record WaveMetric(string Side, string Metric, double Value, double? LowerBound, double? UpperBound, long N)
{
    public static WaveMetric From(MetricValue m) => new(m.Side, m.Metric, m.Value, m.Lower, m.Upper, m.N);
}

/// <summary>
/// REST API under <c>/api/v1</c> for the organisation an API key belongs to. Every lookup goes
/// through the key's <see cref="AccessScope"/>, so another organisation's data answers 404 as if
/// it did not exist; all errors are RFC 7807 problem documents.
/// </summary>
public static class ApiEndpoints
{
    public const int MaxRosterBytes = 2 * 1024 * 1024;

    public const int MaxStrategyBytes = 64 * 1024;

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Buerogewitter API";
            document.Info.Description = $"Every request needs the organisation's API key in the {ApiKeyAuthentication.Header} header.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
            {
                [ApiKeyAuthentication.Header] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthentication.Header,
                },
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Header, document)] = [] }];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static void MapApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1").RequireAuthorization(AdminServices.ApiPolicy).WithTags("Buerogewitter")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/organisations", ListOrganisationsAsync);
        api.MapGet("/organisations/{slug}", GetOrganisationAsync);
        api.MapPost("/organisations/{slug}/roster", ImportRosterAsync).Accepts<string>("text/csv")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/organisations/{slug}/waves", ListWavesAsync);
        api.MapGet("/organisations/{slug}/waves/{waveId:long}/metrics", WaveMetricsAsync);
        api.MapGet("/organisations/{slug}/report", ReportAsync).Produces<string>(StatusCodes.Status200OK, "text/html");
        api.MapGet("/organisations/{slug}/questionnaire", QuestionnaireAsync);
        api.MapGet("/organisations/{slug}/strategy", StrategyAsync);
        api.MapPut("/organisations/{slug}/strategy", SetStrategyAsync).Accepts<NewStrategyResource>("application/json", "text/csv")
            .WithDescription("A new strategy version: JSON as described, or text/csv with the columns of `buerogewitter strategy set` " +
                "(id,text,text_en,examples) and effectiveFrom and note in the query string.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<List<OrganisationResource>>> ListOrganisationsAsync(
        HttpContext context, AdminOrganisationStore organisations, CancellationToken cancellationToken) =>
        TypedResults.Ok((await organisations.ListAsync(context.User.Scope(), cancellationToken)).Select(OrganisationResource.From).ToList());

    private static async Task<Results<Ok<OrganisationResource>, ProblemHttpResult>> GetOrganisationAsync(
        string slug, HttpContext context, AdminOrganisationStore organisations, CancellationToken cancellationToken) =>
        await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is { } organisation
            ? TypedResults.Ok(OrganisationResource.From(organisation))
            : NotFound();

    /// <summary>The roster as CSV in the body, with the rules of <c>import-roster</c>: all or nothing.</summary>
    private static async Task<Results<Ok<RosterImportSummary>, ProblemHttpResult>> ImportRosterAsync(
        string slug, [FromQuery] bool? deactivateMissing, HttpContext context, AdminOrganisationStore organisations,
        ParticipantStore participants, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        // Content-Length is checked up front; a chunked body has none, so the server also stops reading at the limit.
        if (context.Request.ContentLength > MaxRosterBytes)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRosterBytes;
        }

        string content;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            content = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        var parsed = RosterFile.Parse(content);
        if (!parsed.IsValid)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The roster has problems; nothing was imported",
                extensions: new Dictionary<string, object?> { ["problems"] = parsed.Problems });
        }

        return TypedResults.Ok(await participants.ImportAsync(organisation.Id, parsed.Entries, deactivateMissing ?? false, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<WaveSummary>>, ProblemHttpResult>> ListWavesAsync(
        string slug, HttpContext context, AdminOrganisationStore organisations, CancellationToken cancellationToken) =>
        await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is { } organisation
            ? TypedResults.Ok(await organisations.WavesAsync(organisation.Id, cancellationToken))
            : NotFound();

    /// <summary>
    /// The stored figures of a wave that the anonymity gate lets out, as in the report: a group's scores
    /// from its score threshold, theme shares from the text threshold, figures over both sides only when
    /// both are shown, each wave checked against the earlier ones. Empty until the wave is analysed.
    /// </summary>
    private static async Task<Results<Ok<IReadOnlyList<WaveMetric>>, ProblemHttpResult>> WaveMetricsAsync(
        string slug, long waveId, HttpContext context, AdminOrganisationStore organisations, ReportStore reports, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is not { } organisation
            || !await organisations.HasWaveAsync(organisation.Id, waveId, cancellationToken))
        {
            return NotFound();
        }

        var waves = await reports.WavesAsync(organisation.Id, DateTimeOffset.MaxValue, cancellationToken);
        var index = waves.ToList().FindIndex(w => w.Id == waveId);
        if (index < 0)
        {
            return TypedResults.Ok<IReadOnlyList<WaveMetric>>([]);
        }

        var gate = new MetricGate(organisation.Thresholds(), [.. waves.Select(w => w.Metrics)]);
        return TypedResults.Ok<IReadOnlyList<WaveMetric>>([.. gate.Shown(index)
            .OrderBy(m => m.Side, StringComparer.Ordinal).ThenBy(m => m.Metric, StringComparer.Ordinal).Select(WaveMetric.From)]);
    }

    /// <summary>
    /// The monthly report as of now, one HTML file with its charts inline; 404 until a wave has been
    /// analysed. It is the manager's report, with the same anonymity gate.
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReportAsync(
        string slug, [FromQuery] string? language, HttpContext context, AdminOrganisationStore organisations, ReportStore reports,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is not { } organisation
            || await reports.LoadAsync(organisation.Id, clock.GetUtcNow(), cancellationToken) is not { } data)
        {
            return NotFound();
        }

        var chosen = language is "de" or "en" ? language : organisation.Language;
        return TypedResults.Content(await ReportHtml.StandaloneAsync(new ReportView(data), chosen), "text/html; charset=utf-8");
    }

    /// <summary>The questionnaire new waves ask, in German and English.</summary>
    private static async Task<Results<Ok<SurveyTemplate>, ProblemHttpResult>> QuestionnaireAsync(
        string slug, HttpContext context, AdminOrganisationStore organisations, TemplateAdminStore templates, CancellationToken cancellationToken) =>
        await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is { } organisation
        && await templates.CurrentAsync(organisation.Id, cancellationToken) is { } template
            ? TypedResults.Ok(template)
            : NotFound();

    /// <summary>The newest strategy version, the one new waves are scored against; 404 while there is none.</summary>
    private static async Task<Results<Ok<StrategyResource>, ProblemHttpResult>> StrategyAsync(
        string slug, HttpContext context, AdminOrganisationStore organisations, StrategyAdminStore strategies, CancellationToken cancellationToken) =>
        await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is { } organisation
        && await strategies.HistoryAsync(organisation.Id, cancellationToken) is [var newest, ..]
            ? TypedResults.Ok(StrategyResource.From(newest))
            : NotFound();

    /// <summary>
    /// Adds a strategy version with the rules of <c>strategy set</c> and the admin page: 3–5 priorities,
    /// not effective before the current version; a request with problems writes nothing. The body is JSON,
    /// or the CSV file <c>strategy set</c> reads (its problems then name their lines).
    /// </summary>
    private static async Task<Results<Ok<StrategyResource>, ProblemHttpResult>> SetStrategyAsync(
        string slug, [FromQuery] string? effectiveFrom, [FromQuery] string? note, HttpContext context, AdminOrganisationStore organisations,
        StrategyAdminStore strategies, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(context.User.Scope(), slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        // The body is read only after the tenant check: another organisation's path answers 404 whatever is sent.
        if (context.Request.ContentLength > MaxStrategyBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Strategy too large");
        }

        var (request, problems) = context.Request.HasJsonContentType()
            ? await ReadJsonAsync(context.Request, cancellationToken)
            : await ReadCsvAsync(context.Request, effectiveFrom, note, cancellationToken);
        if (request is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a strategy in JSON", detail: problems[0]);
        }

        var priorities = (request.Priorities ?? []).Select(p => new PriorityDraft(p.Text?.Trim() ?? "", string.IsNullOrWhiteSpace(p.TextEn) ? null : p.TextEn.Trim(),
            (p.Examples ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).ToList())).ToList();
        var effective = request.EffectiveFrom ?? LocalTime.Today(clock, organisation.TimeZone);
        var history = await strategies.HistoryAsync(organisation.Id, cancellationToken);
        problems = [.. problems.Count > 0 ? problems : StrategyRules.Check(priorities),
            .. new[] { StrategyRules.CheckEffectiveFrom(effective, history.Count > 0 ? history[0].EffectiveFrom : null) }.OfType<string>()];
        if (problems.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The strategy has problems; nothing was saved",
                extensions: new Dictionary<string, object?> { ["problems"] = problems });
        }

        var saved = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var version = await strategies.CreateAsync(organisation.Id, effective, saved, priorities, cancellationToken);
        return TypedResults.Ok(new StrategyResource(version, effective, saved, priorities));
    }

    /// <summary>The JSON body, or null and why it could not be read.</summary>
    private static async Task<(NewStrategyResource? Request, List<string> Problems)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFromJsonAsync<NewStrategyResource>(cancellationToken) is { } body ? (body, []) : (null, ["the body is empty"]);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return (null, [ex.Message]);
        }
    }

    /// <summary>A priorities CSV body with the date and note from the query; every problem of the file with its line.</summary>
    private static async Task<(NewStrategyResource? Request, List<string> Problems)> ReadCsvAsync(
        HttpRequest request, string? effectiveFrom, string? note, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var parsed = PrioritiesFile.Parse(await reader.ReadToEndAsync(cancellationToken));
        var problems = parsed.Problems.ToList();
        DateOnly? date = null;
        if (effectiveFrom is not null)
        {
            if (DateOnly.TryParseExact(effectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = day;
            }
            else
            {
                problems.Add($"effectiveFrom '{effectiveFrom}' is not a date like 2027-01-04");
            }
        }

        return (new NewStrategyResource(date, note, parsed.Priorities.Select(p => new NewPriorityResource(p.Text, p.TextEn, p.Examples)).ToList()), problems);
    }
    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Roster too large", detail: $"A roster may have at most {MaxRosterBytes / 1024 / 1024} MB.");

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
