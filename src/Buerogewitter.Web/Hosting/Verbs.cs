using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Demo;
using Buerogewitter.Web.Organisations;
using Buerogewitter.Web.Participants;
using Buerogewitter.Web.Pulses;
using Buerogewitter.Web.Reports;
using Buerogewitter.Web.Strategy;
using Buerogewitter.Web.Workshops;

namespace Buerogewitter.Web.Hosting;

public static class Verbs
{
    /// <summary>Every verb of the executable, in the order <c>--help</c> lists them.</summary>
    public static CommandLine CommandLine() => new(
    [
        new ServeVerb(),
        new MigrateVerb(),
        new OrgCreateVerb(),
        new OrgListVerb(),
        new ImportRosterVerb(),
        new RosterListVerb(),
        new StrategySetVerb(),
        new StrategyListVerb(),
        new WaveOpenVerb(),
        new WaveRemindVerb(),
        new WaveCloseVerb(),
        new WaveAnalyseVerb(),
        new ReanalyseVerb(),
        new WaveListVerb(),
        new ClusterAnswersVerb(),
        new ScoreAnswersVerb(),
        new DemoVerb(),
        new ReportVerb(),
        new MetricsVerb(),
        new CompareVerb(),
        new BenchmarkVerb(),
    ], defaultVerb: "serve");

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        ServiceProvider? services = null;
        try
        {
            return await CommandLine().RunAsync(args, () =>
            {
                var configuration = ServiceRegistration.BuildConfiguration();
                services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
                    .AddBuerogewitter(configuration).BuildServiceProvider();
                return services;
            }, Console.Out, Console.Error, cancellation.Token);
        }
        finally
        {
            if (services is not null)
            {
                await services.DisposeAsync();
            }
        }
    }
}
