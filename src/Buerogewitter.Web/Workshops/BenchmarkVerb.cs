using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Workshops;

public sealed class BenchmarkVerb : Verb
{
    public override string Name => "benchmark";

    public override string Summary =>
        $"for consultants: where an organisation's latest wave stands among the other opted-in clients (percentiles only; needs {Benchmark.MinimumOrganisations} taking part)";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation to place; it must have benchmark_opt_in itself", Required: true),
        new("language", "de|en", "language of the lines (default: the organisation's)"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var language = context.Get("language") ?? organisation.Language;
        if (language is not ("de" or "en"))
        {
            throw new UsageException($"--language '{language}' is not one of de, en");
        }

        if (!organisation.BenchmarkOptIn)
        {
            throw new UsageException($"{organisation.Slug} has not opted in to the benchmark");
        }

        var entries = await context.Service<WorkshopStore>().BenchmarkAsync(context.Cancellation);
        foreach (var line in BenchmarkPlacement.Lines(organisation.Id, entries, language))
        {
            context.Out.WriteLine(line);
        }

        return CommandLine.Success;
    }
}
