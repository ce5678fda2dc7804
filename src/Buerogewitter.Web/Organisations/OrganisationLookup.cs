using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Hosting;

namespace Buerogewitter.Web.Organisations;

public static class OrganisationLookup
{
    /// <summary>The organisation named by <c>--org</c>, with a usage error when it does not exist.</summary>
    public static async Task<Organisation> RequireOrganisationAsync(this VerbContext context)
    {
        var slug = context.Require("org");
        await context.Service<DatabaseReadiness>().EnsureAsync(context.Cancellation);
        return await context.Service<OrganisationStore>().FindAsync(slug, context.Cancellation)
            ?? throw new UsageException($"no organisation with slug '{slug}' (see buerogewitter org list)");
    }
}
