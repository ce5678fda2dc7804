using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Strategy;
using Buerogewitter.Data.Strategy;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Strategy;

public sealed class StrategySetVerb : Verb
{
    public override string Name => "strategy set";

    public override string Summary => "add a strategy version from a CSV of 3–5 priorities (all rows or none)";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation", Required: true),
        new("file", "PRIORITIES.csv", "columns id,text and optional text_en, examples (';'-separated); one row per priority, in order", Required: true),
        new("effective-from", "YYYY-MM-DD", "the day the version takes effect (default: today in the organisation's time zone)"),
        new("note", "TEXT", "why the strategy changed, shown with the version"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var path = context.Require("file");
        var content = await context.ReadFileAsync(path);

        var effectiveText = context.Get("effective-from");
        DateOnly? effectiveFrom = null;
        if (effectiveText is not null)
        {
            effectiveFrom = DateOnly.TryParseExact(effectiveText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new UsageException($"--effective-from '{effectiveText}' is not a date like 2027-01-04");
        }

        var parsed = PrioritiesFile.Parse(content);
        var organisation = await context.RequireOrganisationAsync();
        var strategies = context.Service<StrategyAdminStore>();
        var history = await strategies.HistoryAsync(organisation.Id, context.Cancellation);
        effectiveFrom ??= LocalTime.Today(context.Service<TimeProvider>(), organisation.TimeZone);
        var problems = parsed.Problems.Select(p => $"{path}: {p}")
            .Concat(new[] { StrategyRules.CheckEffectiveFrom(effectiveFrom.Value, history.Count > 0 ? history[0].EffectiveFrom : null) }
                .OfType<string>().Select(p => $"--effective-from: {p}"))
            .ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine(problem);
            }

            context.Error.WriteLine($"nothing was written: {problems.Count} problem(s)");
            return CommandLine.BadUsage;
        }

        var note = context.Get("note")?.Trim();
        var version = await strategies.CreateAsync(organisation.Id, effectiveFrom.Value, string.IsNullOrEmpty(note) ? null : note,
            parsed.Priorities, context.Cancellation);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{organisation.Slug}: strategy version {version} with {parsed.Priorities.Count} priorities, effective from {effectiveFrom:yyyy-MM-dd}"));
        return CommandLine.Success;
    }
}

public sealed class StrategyListVerb : Verb
{
    public override string Name => "strategy list";

    public override string Summary => "print the strategy versions of an organisation with their priorities, newest first";

    public override IReadOnlyList<VerbOption> Options => [new("org", "SLUG", "the organisation", Required: true)];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var history = await context.Service<StrategyAdminStore>().HistoryAsync(organisation.Id, context.Cancellation);
        if (history.Count == 0)
        {
            context.Out.WriteLine($"{organisation.Slug} has no strategy yet (add one with: buerogewitter strategy set --org {organisation.Slug} --file PRIORITIES.csv)");
        }

        foreach (var version in history)
        {
            var newest = version == history[0] ? ", used by new waves" : "";
            var note = version.Note is { } text ? $": {text}" : "";
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"version {version.VersionNo}, effective from {version.EffectiveFrom:yyyy-MM-dd}{newest}{note}"));
            for (var i = 0; i < version.Priorities.Count; i++)
            {
                var priority = version.Priorities[i];
                var english = priority.TextEn is { } en ? $" | en: {en}" : "";
                var examples = priority.Examples.Count > 0 ? $" | examples: {string.Join("; ", priority.Examples)}" : "";
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1}. {priority.Text}{english}{examples}"));
            }
        }

        return CommandLine.Success;
    }
}
