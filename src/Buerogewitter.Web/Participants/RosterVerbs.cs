using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Text;
using Buerogewitter.Data.Participants;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Participants;

public sealed class ImportRosterVerb : Verb
{
    public override string Name => "import-roster";

    public override string Summary => "import participants from an HR/CRM export (all rows or none)";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation", Required: true),
        new("deactivate-missing", null, "deactivate active participants who are not in the file"),
    ];

    public override IReadOnlyList<VerbArgument> Arguments =>
    [
        new("FILE.csv", "header email,name,side,tandem,language; ',' or ';'; UTF-8 with or without BOM; tandem optional"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var path = context.Arguments[0];
        var content = await context.ReadFileAsync(path);

        var parsed = RosterFile.Parse(content);
        if (!parsed.IsValid)
        {
            foreach (var problem in parsed.Problems)
            {
                context.Error.WriteLine($"{path}: {problem}");
            }

            context.Error.WriteLine($"nothing was imported: {parsed.Problems.Count} problem(s) in {path}");
            return CommandLine.BadUsage;
        }

        var organisation = await context.RequireOrganisationAsync();
        var summary = await context.Service<ParticipantStore>().ImportAsync(
            organisation.Id, parsed.Entries, context.Has("deactivate-missing"), context.Cancellation);
        context.Out.WriteLine(
            $"{organisation.Slug}: {summary.Created} added, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Deactivated} deactivated");
        return CommandLine.Success;
    }
}

public sealed class RosterListVerb : Verb
{
    public override string Name => "roster list";

    public override string Summary => "print the participants of an organisation as CSV";

    public override IReadOnlyList<VerbOption> Options => [new("org", "SLUG", "the organisation", Required: true)];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var participants = await context.Service<ParticipantStore>().ListAsync(organisation.Id, context.Cancellation);
        context.Out.WriteLine(CsvWriter.Line([.. RosterFile.Columns, "active"]));
        foreach (var p in participants)
        {
            context.Out.WriteLine(CsvWriter.Line([p.Email, p.DisplayName, p.Side, p.Tandem, p.Language, p.Active ? "yes" : "no"]));
        }

        return CommandLine.Success;
    }
}
