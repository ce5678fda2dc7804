using DbUp.Engine;
using DbUp.Engine.Output;

namespace Buerogewitter.Data.Database;

/// <summary>Applies the embedded scripts of <c>db/migrations/{engine}</c> with DbUp.</summary>
public static class Migrator
{
    public sealed record Result(IReadOnlyList<string> Applied, string? Error);

    public static IReadOnlyList<string> Pending(Db db)
    {
        db.Dialect.EnsureDatabase(db.ConnectionString);
        return Build(db, log: null).GetScriptsToExecute().Select(s => ShortName(s.Name)).ToList();
    }

    public static Result Apply(Db db, Action<string>? log = null)
    {
        db.Dialect.EnsureDatabase(db.ConnectionString);
        var result = Build(db, log).PerformUpgrade();
        var applied = result.Scripts.Select(s => ShortName(s.Name)).ToList();
        return new Result(applied, result.Successful ? null : result.Error.Message);
    }

    private static UpgradeEngine Build(Db db, Action<string>? log)
    {
        var prefix = $"migrations/{db.Dialect.MigrationFolder}/";
        var builder = db.Dialect.Migrations(db.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith(prefix, StringComparison.Ordinal))
            .WithTransactionPerScript();
        builder = log is null ? builder.LogToNowhere() : builder.LogTo(new ActionLog(log));
        return builder.Build();
    }

    private static string ShortName(string resourceName) => resourceName[(resourceName.LastIndexOf('/') + 1)..];

    private sealed class ActionLog(Action<string> write) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args)
        {
        }

        public void LogDebug(string format, params object[] args)
        {
        }

        public void LogInformation(string format, params object[] args) => write(Format(format, args));

        public void LogWarning(string format, params object[] args) => write(Format(format, args));

        public void LogError(string format, params object[] args) => write(Format(format, args));

        public void LogError(Exception ex, string format, params object[] args) => write(Format(format, args));

        private static string Format(string format, object[] args) =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
    }
}
