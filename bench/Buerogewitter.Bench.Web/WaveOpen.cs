using System.Diagnostics;
using System.Globalization;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Pulses;
using Dapper;

namespace Buerogewitter.Bench.Web;

/// <summary>
/// Opens a wave for N participants through the code <c>wave open</c> runs: the roster comes in through
/// the real import, the wave opens and every invitation is created (one row per active participant
/// with a unique token hash, the state before the first mail). The peak working set is sampled while
/// that runs. With <c>--send</c> every invitation is then mailed to an SMTP server in this process, as
/// the verb goes on to do: fresh tokens issued per batch, each accepted mail recorded.
/// </summary>
public static class WaveOpen
{
    public static async Task<int> RunAsync(string[] args)
    {
        var engine = BenchSetup.Option(args, "--engine") ?? "postgres";
        var participants = int.Parse(BenchSetup.Option(args, "--participants") ?? "100000", CultureInfo.InvariantCulture);
        var db = BenchSetup.Database(engine);
        await using var smtp = LocalSmtpServer.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = engine,
            ["ConnectionStrings:Buerogewitter"] = db.ConnectionString,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddBuerogewitter(configuration).BuildServiceProvider();

        var seeding = Stopwatch.GetTimestamp();
        var organisation = await SeedAsync(services, db, participants);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{engine}: {participants} participants imported through the roster import in {Stopwatch.GetElapsedTime(seeding).TotalSeconds:0.0} s"));

        GC.Collect();
        var before = Environment.WorkingSet;
        Console.WriteLine($"opening the wave ({BenchSetup.Load()})");
        var mailer = services.GetRequiredService<PulseMailer>();
        Wave wave;
        int created;
        double openSeconds;
        long peak;
        using (var sampler = new PeakSampler())
        {
            var started = Stopwatch.GetTimestamp();
            wave = (await services.GetRequiredService<WaveStore>().OpenAsync(organisation, DateTimeOffset.UtcNow)).Wave!;
            created = await mailer.CreateInvitationsAsync(wave, CancellationToken.None);
            openSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            peak = sampler.Stop();
        }

        await using (var connection = await db.OpenAsync())
        {
            var (rows, hashes) = await connection.QuerySingleAsync<(long, long)>(
                "SELECT COUNT(*), COUNT(DISTINCT token_hash) FROM invitation WHERE wave_id = @Id", new { wave.Id });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wave open: {created} invitations created ({rows} rows, {hashes} distinct token hashes) in {openSeconds:0.00} s; " +
                $"working set {before / 1048576} MB before, peak {peak / 1048576} MB while opening ({BenchSetup.Load()})"));
        }

        if (args.Contains("--send"))
        {
            var started = Stopwatch.GetTimestamp();
            var sent = await mailer.SendAllAsync(wave, MailKind.Invite, CancellationToken.None);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"invitations mailed: {sent} in {seconds:0.0} s = {sent / seconds:0} messages/s, server received {smtp.Received} ({BenchSetup.Load()})"));
        }

        Console.WriteLine($"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
        return created == participants ? 0 : 1;
    }

    /// <summary>A new organisation of N participants; each run adds one, so point BG_BENCH_POSTGRES at a throwaway database.</summary>
    private static async Task<Buerogewitter.Core.Organisations.Organisation> SeedAsync(ServiceProvider services, Db db, int participants)
    {
        var slug = string.Create(CultureInfo.InvariantCulture, $"bench-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
        var organisation = await services.GetRequiredService<OrganisationStore>().CreateAsync(new NewOrganisation(slug, "Bench GmbH", "Europe/Berlin", "de"));
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO survey_template (organisation_id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en, created_at)
            VALUES (@Id, 'Puls', 'Was sind unsere Prioritäten?', 'What are our priorities?', 'Ich kenne sie.', 'I know them.', @now);
            INSERT INTO strategy_version (organisation_id, version_no, effective_from, created_at) VALUES (@Id, 1, @today, @now);
            """, new { organisation.Id, now = DateTimeOffset.UtcNow, today = DateOnly.FromDateTime(DateTime.UtcNow) });
        var roster = Enumerable.Range(1, participants)
            .Select(i => new RosterEntry(i, $"person{i:D6}@example.com", $"Person {i}", i % 2 == 0 ? Side.Field : Side.Inside, null, i % 3 == 0 ? "en" : "de"))
            .ToList();
        await services.GetRequiredService<ParticipantStore>().ImportAsync(organisation.Id, roster, deactivateMissing: false);
        return organisation;
    }

    /// <summary>Samples the working set every 20 ms; the process peak would include the roster import.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<long> sampling;

        public PeakSampler() => sampling = Task.Run(async () =>
        {
            var peak = Environment.WorkingSet;
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(20, CancellationToken.None);
            }

            return Math.Max(peak, Environment.WorkingSet);
        });

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }
}
