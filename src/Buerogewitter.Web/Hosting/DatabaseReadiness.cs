using Buerogewitter.Data.Database;

namespace Buerogewitter.Web.Hosting;

/// <summary>
/// Makes sure the schema is current before anything touches the database. The embedded SQLite file
/// migrates itself so a first start needs nothing; a server database is changed only by an operator
/// running <c>buerogewitter migrate</c>, because schema changes there need a deliberate step.
/// </summary>
public sealed class DatabaseReadiness(Db db)
{
    private readonly Lock gate = new();
    private volatile bool ready;

    // DbUp works synchronously, so this does too; it runs once per process.
    public Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (ready)
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            if (!ready)
            {
                Prepare();
                ready = true;
            }
        }

        return Task.CompletedTask;
    }

    private void Prepare()
    {
        if (db.Dialect.MigratesOnStart)
        {
            var result = Migrator.Apply(db);
            if (result.Error is not null)
            {
                throw new InvalidOperationException($"migrating {db.Describe()} failed: {result.Error}");
            }
        }
        else if (Migrator.Pending(db) is { Count: > 0 } pending)
        {
            throw new InvalidOperationException(
                $"{db.Describe()} lacks {pending.Count} migration(s) ({string.Join(", ", pending)}); run 'buerogewitter migrate'");
        }
    }
}
