using Buerogewitter.Core.Demo;
using Buerogewitter.Data.Demo;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Hosting;

namespace Buerogewitter.Web.Demo;

public sealed class DemoVerb : Verb
{
    public const int DefaultSeed = 42;

    public override string Name => "demo";

    public override string Summary => "create or refresh the demo organisation 'demo' with six months of answers, then serve";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("urls", "URL", $"where to listen (default {ServeVerb.DefaultUrls})"),
        new("seed-only", null, "write the demo data and exit instead of serving"),
        new("seed", "N", $"random seed of the generated answers (default {DefaultSeed})"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var seed = context.GetInt("seed", 0, int.MaxValue) ?? DefaultSeed;
        await context.Service<DatabaseReadiness>().EnsureAsync(context.Cancellation);
        var clock = context.Service<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        context.Progress($"generating the demo organisation (seed {seed})…");
        var scenario = DemoScenarioBuilder.Build(seed, today);
        var summary = await context.Service<DemoSeeder>().ReplaceAsync(scenario, context.Cancellation);
        context.Out.WriteLine(
            $"demo organisation '{scenario.Organisation.Slug}' ({scenario.Organisation.Name}): {summary.People} people, {summary.WaveIds.Count} waves " +
            $"from {scenario.Waves[0].OpensAt:yyyy-MM-dd} to {scenario.Waves[^1].ClosesAt:yyyy-MM-dd}, {summary.Responses} responses, " +
            $"workshop on {scenario.Workshop.HeldOn:yyyy-MM-dd}");
        var analysis = context.Service<WaveAnalysis>();
        for (var i = 0; i < summary.WaveIds.Count; i++)
        {
            context.Progress($"analysing wave {i + 1} of {summary.WaveIds.Count}…");
            await analysis.RunAsync(summary.WaveIds[i], context.Cancellation);
        }

        var accounts = await context.Service<DemoAccounts>().ResetAsync(summary.OrganisationId, context.Cancellation);
        context.Out.WriteLine("demo accounts (new passwords on every run of demo; they see the demo organisation only):");
        foreach (var account in accounts)
        {
            context.Out.WriteLine($"  {account.Role,-10}  {account.Email}  password: {account.Password}");
        }

        // Straight to the demo's dashboard after signing in: its report is one click from there.
        return context.Has("seed-only")
            ? CommandLine.Success
            : await ServeVerb.RunWebAsync(context, context.Get("urls") ?? ServeVerb.DefaultUrls,
                $"/admin/login?ReturnUrl={Uri.EscapeDataString($"/admin/o/{scenario.Organisation.Slug}")}");
    }
}
