using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Hosting;

namespace Buerogewitter.Web.Organisations;

public sealed class OrgCreateVerb : Verb
{
    public override string Name => "org create";

    public override string Summary => "create an organisation (a client with its own roster, pulse and reports) with the default questionnaire";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("slug", "SLUG", "short name used in URLs and commands, e.g. kesselbach", Required: true),
        new("name", "NAME", "display name, e.g. \"Kesselbach GmbH\"", Required: true),
        new("timezone", "TZ", $"IANA time zone of the pulse schedule (default {OrganisationDefaults.TimeZone})"),
        new("language", "de|en", $"default language of mails and reports (default {OrganisationDefaults.Language})"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var slug = context.Require("slug");
        var name = context.Require("name").Trim();
        var timeZone = context.Get("timezone") ?? OrganisationDefaults.TimeZone;
        var language = context.Get("language") ?? OrganisationDefaults.Language;
        var problem = OrganisationRules.CheckSlug(slug) ?? OrganisationRules.CheckTimeZone(timeZone)
            ?? OrganisationRules.CheckLanguage(language) ?? (name.Length == 0 ? "--name is empty" : null);
        if (problem is not null)
        {
            throw new UsageException(problem);
        }

        await context.Service<DatabaseReadiness>().EnsureAsync(context.Cancellation);
        var store = context.Service<OrganisationStore>();
        if (await store.FindAsync(slug, context.Cancellation) is not null)
        {
            throw new UsageException($"an organisation with slug '{slug}' already exists");
        }

        var organisation = await store.CreateAsync(new NewOrganisation(slug, name, timeZone, language), context.Cancellation);
        context.Out.WriteLine($"created organisation '{organisation.Slug}' ({organisation.Name}, {organisation.TimeZone}, {organisation.Language}) with the default questionnaire");
        context.Progress($"next: buerogewitter strategy set --org {organisation.Slug} --file PRIORITIES.csv, then import-roster --org {organisation.Slug} ROSTER.csv");
        return CommandLine.Success;
    }
}

public sealed class OrgListVerb : Verb
{
    public override string Name => "org list";

    public override string Summary => "list the organisations";

    public override async Task<int> RunAsync(VerbContext context)
    {
        await context.Service<DatabaseReadiness>().EnsureAsync(context.Cancellation);
        var organisations = await context.Service<OrganisationStore>().ListAsync(context.Cancellation);
        if (organisations.Count == 0)
        {
            context.Out.WriteLine("no organisations yet (create one with: buerogewitter org create --slug SLUG --name NAME)");
        }

        foreach (var o in organisations)
        {
            context.Out.WriteLine($"{o.Slug,-20} {o.Name,-40} {o.TimeZone,-18} {o.Language}");
        }

        return CommandLine.Success;
    }
}
