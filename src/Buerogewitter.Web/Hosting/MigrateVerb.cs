using Buerogewitter.Data.Database;
using Buerogewitter.Web.Cli;

namespace Buerogewitter.Web.Hosting;

public sealed class MigrateVerb : Verb
{
    public override string Name => "migrate";

    public override string Summary => "apply pending database migrations to the configured database and list them";

    public override Task<int> RunAsync(VerbContext context)
    {
        var db = context.Service<Db>();
        context.Out.WriteLine($"database: {db.Describe()}");
        var result = Migrator.Apply(db, line => context.Progress($"  {line}"));
        foreach (var script in result.Applied)
        {
            context.Out.WriteLine($"applied {script}");
        }

        if (result.Error is not null)
        {
            context.Error.WriteLine($"buerogewitter migrate: {result.Error}");
            return Task.FromResult(CommandLine.Failure);
        }

        context.Out.WriteLine(result.Applied.Count == 0 ? "the database is up to date" : $"{result.Applied.Count} migration(s) applied");
        return Task.FromResult(CommandLine.Success);
    }
}
