using System.Diagnostics;
using System.Globalization;
using Buerogewitter.Core.Demo;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Demo;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Reports;

namespace Buerogewitter.Bench.Web;

/// <summary>
/// The monthly report of an organisation with about 5,000 responses over 12 waves: the analysis of
/// every wave (done once, at close) and then the report itself with all charts, timed apart.
/// </summary>
public static class ReportSpeed
{
    public static async Task<int> RunAsync(string[] args)
    {
        var copies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 14;
        var db = new Db(new SqliteDialect(), $"Data Source={Path.Combine(Path.GetTempPath(), $"bg-report-bench-{Environment.ProcessId}.db")}");
        Migrator.Apply(db);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var recent = DemoScenarioBuilder.Build(1, today);
        var earlier = DemoScenarioBuilder.Build(2, today.AddMonths(-6));
        // Twelve months of waves, each answer repeated so the organisation reaches about 5,000 responses.
        var waves = earlier.Waves.Concat(recent.Waves)
            .Select(w => w with { Responses = Enumerable.Repeat(w.Responses, copies).SelectMany(r => r).ToList() })
            .ToList();
        var scenario = recent with { Waves = waves };
        var seeded = await new DemoSeeder(db, TimeProvider.System).ReplaceAsync(scenario);
        Console.WriteLine($"{seeded.Responses} responses in {seeded.WaveIds.Count} waves");

        var analyses = new AnalysisStore(db, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        foreach (var waveId in seeded.WaveIds)
        {
            await new WaveAnalysis(analyses).RunAsync(waveId);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysis of all waves (at close, once each): {clock.Elapsed.TotalSeconds:0.00} s"));
        clock.Restart();
        var data = await new ReportStore(db).LoadAsync(seeded.OrganisationId, DateTimeOffset.UtcNow)
            ?? throw new InvalidOperationException("no analysed wave");
        var folder = Directory.CreateTempSubdirectory("bg-report-bench").FullName;
        var files = await ReportFiles.WriteAsync(new ReportView(data), "de", folder, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report with {files.Count - 1} chart files: {clock.Elapsed.TotalSeconds:0.00} s ({folder})"));
        return 0;
    }
}
