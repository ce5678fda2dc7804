using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Reports;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Reports;

public sealed class ReportVerb : Verb
{
    public override string Name => "report";

    public override string Summary => "write the monthly clarity report of an organisation as report.html plus its charts";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation", Required: true),
        new("month", "YYYY-MM|latest", "the month whose waves the report covers (default latest)"),
        new("output", "DIR", "folder for report.html and the chart files", Required: true),
        new("language", "de|en", "language of the report (default: the organisation's)"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var language = context.Get("language") ?? organisation.Language;
        if (language is not ("de" or "en"))
        {
            throw new UsageException($"--language '{language}' is not one of de, en");
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var until = Until(context.Get("month") ?? "latest", organisation.TimeZone, now);
        var analyses = context.Service<AnalysisStore>();
        foreach (var waveId in await analyses.PendingAsync(organisation.Id, now, context.Cancellation))
        {
            context.Progress($"analysing wave {waveId}…");
            await context.Service<WaveAnalysis>().RunAsync(waveId, context.Cancellation);
        }

        var data = await context.Service<ReportStore>().LoadAsync(organisation.Id, until, context.Cancellation)
            ?? throw new UsageException($"{organisation.Slug} has no closed and analysed wave up to {until:yyyy-MM-dd}");
        var output = OutputFiles.Folder(context.Require("output"));
        var files = await ReportFiles.WriteAsync(new ReportView(data), language, output, context.Cancellation);
        foreach (var file in files)
        {
            context.Out.WriteLine(file);
        }

        return CommandLine.Success;
    }

    // Surveys start in this century; the last year leaves room for the month's end in any time zone.
    private const int FirstYear = 2000;
    private const int LastYear = 9998;

    /// <summary>The end of the requested month in the organisation's time zone (or now for "latest").</summary>
    private static DateTimeOffset Until(string month, string timeZone, DateTimeOffset now)
    {
        if (month == "latest")
        {
            return now;
        }

        if (!DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            throw new UsageException($"--month '{month}' is not YYYY-MM or latest");
        }

        if (start.Year is < FirstYear or > LastYear)
        {
            throw new UsageException($"--month '{month}' is not between {FirstYear}-01 and {LastYear}-12");
        }

        var zone = LocalTime.Zone(timeZone);
        var end = start.AddMonths(1);
        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }
}
