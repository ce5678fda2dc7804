using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Workshops;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Workshops;

public sealed class CompareVerb : Verb
{
    public override string Name => "compare";

    public override string Summary => "write the before/after comparison around a workshop as compare.html plus its chart";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation that held the workshop", Required: true),
        new("workshop", "ID|latest", "the workshop whose date splits before and after", Required: true),
        new("output", "DIR", "folder for compare.html and before-after.png/.svg", Required: true),
        new("baseline", "N", $"how many waves before the workshop form the baseline (default {BeforeAfter.DefaultBaselineWaves})"),
        new("comparison", "SLUG", "an organisation without the workshop: the verdict then rests on the difference in differences"),
        new("language", "de|en", "language of the page (default: the organisation's)"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var language = context.Get("language") ?? organisation.Language;
        if (language is not ("de" or "en"))
        {
            throw new UsageException($"--language '{language}' is not one of de, en");
        }

        var baseline = context.GetInt("baseline", 1, BeforeAfter.MaxBaselineWaves) ?? BeforeAfter.DefaultBaselineWaves;
        var workshopOption = context.Require("workshop");
        long? workshopId = workshopOption == "latest" ? null
            : long.TryParse(workshopOption, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new UsageException($"--workshop '{workshopOption}' is not a workshop id or latest");
        var comparison = context.Get("comparison") is { } slug
            ? await context.Service<OrganisationStore>().FindAsync(slug, context.Cancellation) ?? throw new UsageException($"no organisation with slug '{slug}' for --comparison")
            : null;
        if (comparison?.Id == organisation.Id)
        {
            throw new UsageException("--comparison must be another organisation than --org");
        }

        var workshop = await context.Service<WorkshopStore>().FindAsync(organisation.Id, workshopId, context.Cancellation)
            ?? throw new UsageException(workshopId is null ? $"{organisation.Slug} has no workshop" : $"{organisation.Slug} has no workshop {workshopId}");
        Organisation[] involved = comparison is null ? [organisation] : [organisation, comparison];
        foreach (var analysed in involved)
        {
            await AnalysePendingAsync(context, analysed);
        }

        context.Progress("bootstrapping the before/after intervals…");
        var outcome = await context.Service<WorkshopComparison>().BuildAsync(organisation, workshop, baseline, comparison, context.Cancellation);
        if (outcome.Missing is { } missing)
        {
            throw new UsageException($"{missing.Organisation.Slug} has no analysed wave {(missing.Before ? "before" : "after")} the workshop on {workshop.HeldOn:yyyy-MM-dd}");
        }

        var view = outcome.View!;
        var output = OutputFiles.Folder(context.Require("output"));
        var chart = CompareHtml.Chart(view, language);
        var png = Path.Combine(output, $"{CompareHtml.ChartName}.png");
        var svg = Path.Combine(output, $"{CompareHtml.ChartName}.svg");
        var html = Path.Combine(output, "compare.html");
        await OutputFiles.WriteAsync(png, chart.Png, context.Cancellation);
        await OutputFiles.WriteAsync(svg, chart.Svg, context.Cancellation);
        await OutputFiles.WriteAsync(html, await CompareHtml.RenderAsync(view, language, $"{CompareHtml.ChartName}.png", chart.AltText), context.Cancellation);
        foreach (var file in new[] { html, png, svg })
        {
            context.Out.WriteLine(file);
        }

        return CommandLine.Success;
    }

    // Waves closed since the last analysis run are analysed first, so the comparison includes them.
    private static async Task AnalysePendingAsync(VerbContext context, Organisation organisation)
    {
        var now = context.Service<TimeProvider>().GetUtcNow();
        foreach (var waveId in await context.Service<AnalysisStore>().PendingAsync(organisation.Id, now, context.Cancellation))
        {
            context.Progress($"analysing wave {waveId}…");
            await context.Service<WaveAnalysis>().RunAsync(waveId, context.Cancellation);
        }
    }
}
