using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.Core.Demo;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Demo;
using Buerogewitter.Web.Hosting;
using Dapper;

namespace Buerogewitter.Bench.Web;

/// <summary>
/// Sustained survey submissions against the real app on loopback, and in the same run a minimal
/// ASP.NET Core endpoint that does one INSERT on the same database, so the ratio shows what the
/// survey's own work costs. Load generator and server share this machine's cores.
/// </summary>
public static partial class SurveyThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var engine = BenchSetup.Option(args, "--engine") ?? "sqlite";
        var seconds = int.Parse(BenchSetup.Option(args, "--seconds") ?? "15", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(BenchSetup.Option(args, "--concurrency") ?? "16", CultureInfo.InvariantCulture);
        var db = BenchSetup.Database(engine);

        var tokens = await PrepareInvitationsAsync(db, count: 40_000);
        Console.WriteLine($"{engine}: {tokens.Count} open invitations, {concurrency} concurrent clients, {seconds} s per run, {BenchSetup.Load()}");

        var survey = await MeasureAsync("survey submit", db, engine, seconds, concurrency, MapNothing,
            (client, index, form) => client.PostAsync($"/s/{tokens[index]}", form()), tokens.Count, formPage: $"/s/{tokens[0]}");
        await using (var connection = await db.OpenAsync())
        {
            var stored = await connection.QuerySingleAsync<(long Responses, long Ratings)>(
                """
                SELECT (SELECT COUNT(*) FROM response WHERE wave_id = (SELECT MAX(id) FROM wave)),
                       (SELECT COUNT(*) FROM response_rating r JOIN response s ON s.id = r.response_id
                        WHERE s.wave_id = (SELECT MAX(id) FROM wave))
                """);
            Console.WriteLine($"stored by the survey run: {stored.Responses} responses, {stored.Ratings} ratings");
        }

        var minimal = await MeasureAsync("minimal insert", db, engine, seconds, concurrency, MapMinimalInsert,
            (client, index, _) => client.PostAsync("/bench/insert", new StringContent(index.ToString(CultureInfo.InvariantCulture))), int.MaxValue, formPage: null);
        Console.WriteLine($"ratio survey/minimal: {survey / minimal:0.00}, {BenchSetup.Load()}");
        return 0;
    }

    private static async Task<double> MeasureAsync(string name, Db db, string engine, int seconds, int concurrency,
        Action<WebApplication> map, Func<HttpClient, int, Func<HttpContent>, Task<HttpResponseMessage>> send, int limit, string? formPage)
    {
        var app = WebApp.Build([], "http://127.0.0.1:0", builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = engine,
                ["ConnectionStrings:Buerogewitter"] = db.ConnectionString,
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        map(app);
        await app.StartAsync();
        // A submission is the POST and its redirect; the thank-you page the browser then loads is a
        // separate static request and not part of what is measured.
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()) };

        // One antiforgery token serves every post of this client: it is bound to the cookie, not the URL.
        // Every Likert item of the wave is answered, as a respondent who fills in the whole page would.
        var page = formPage is null ? "" : await client.GetStringAsync(formPage);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        var ratings = RatingField().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();

        HttpContent Form() => new FormUrlEncodedContent(
        [
            new("StrategyAnswer", "Neukunden in Food und Verpackung gewinnen, Angebote in 48 Stunden, Marge vor Menge"),
            new("SelfClarity", "4"),
            new("CollaborationAnswer", "Rückrufe vom Innendienst kommen schneller, seit wir die Übergaben gemeinsam planen"),
            .. ratings.Select((field, i) => new KeyValuePair<string, string>(field, (1 + (i % 5)).ToString(CultureInfo.InvariantCulture))),
            new("__RequestVerificationToken", antiforgery),
        ]);

        var next = -1;
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= limit)
                {
                    break;
                }

                var t0 = Stopwatch.GetTimestamp();
                using var response = await send(client, index, Form);
                latencies[worker].Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (response.StatusCode is not (HttpStatusCode.Found or HttpStatusCode.NoContent))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await app.StopAsync();
        await app.DisposeAsync();

        var all = latencies.SelectMany(l => l).Order().ToList();
        var rate = all.Count / elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-15} {all.Count,7} requests in {elapsed:0.0} s = {rate,7:0} /s   p50 {Percentile(all, 0.50):0.0} ms   p99 {Percentile(all, 0.99):0.0} ms   failures {failures}"));
        return rate;
    }

    private static void MapNothing(WebApplication app)
    {
    }

    private static void MapMinimalInsert(WebApplication app)
    {
        var db = app.Services.GetRequiredService<Db>();
        using (var connection = db.OpenAsync().GetAwaiter().GetResult())
        {
            connection.Execute("CREATE TABLE IF NOT EXISTS bench_insert (id integer NOT NULL, body text NOT NULL)");
        }

        app.MapPost("/bench/insert", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            await using var connection = await db.OpenAsync();
            await connection.ExecuteAsync("INSERT INTO bench_insert (id, body) VALUES (@id, @body)", new { id = body.Length, body });
            return Results.NoContent();
        });
    }

    private static async Task<List<string>> PrepareInvitationsAsync(Db db, int count)
    {
        await new DemoSeeder(db, TimeProvider.System).ReplaceAsync(DemoScenarioBuilder.Build(1, DateOnly.FromDateTime(DateTime.UtcNow)));
        await using var connection = await db.OpenAsync();
        var organisationId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'demo'");
        var now = DateTimeOffset.UtcNow;
        var waveId = await connection.ExecuteScalarAsync<long>($"""
            INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, created_at){db.Dialect.OutputInsertedId}
            VALUES (@organisationId, (SELECT MAX(id) FROM survey_template WHERE organisation_id = @organisationId),
                    (SELECT MAX(id) FROM strategy_version WHERE organisation_id = @organisationId), @now, @now, @closes, @now){db.Dialect.ReturningId}
            """, new { organisationId, now, closes = now.AddDays(7) });
        var tokens = new List<string>(count);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < count; i++)
        {
            // The bench needs more invitations than people: they carry no participant, like erased ones.
            var token = InvitationToken.Create();
            tokens.Add(token.Text);
            await connection.ExecuteAsync(
                "INSERT INTO invitation (wave_id, side, token_hash, used, created_at) VALUES (@waveId, @side, @Hash, @used, @now)",
                new { waveId, side = i % 2 == 0 ? "inside" : "field", token.Hash, used = false, now }, transaction);
        }

        await transaction.CommitAsync();
        return tokens;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"(Ratings\\[\\d+\\])\"")]
    private static partial Regex RatingField();
}
