using Buerogewitter.Data.Database;

namespace Buerogewitter.Bench.Web;

/// <summary>Command-line options and the benchmark database of the web benchmarks.</summary>
internal static class BenchSetup
{
    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>A fresh SQLite file, or the PostgreSQL database in BG_BENCH_POSTGRES; migrated.</summary>
    public static Db Database(string engine)
    {
        var connectionString = engine == "sqlite"
            ? $"Data Source={Path.Combine(Path.GetTempPath(), $"bg-bench-{Environment.ProcessId}.db")}"
            : Environment.GetEnvironmentVariable("BG_BENCH_POSTGRES")
              ?? throw new InvalidOperationException("set BG_BENCH_POSTGRES to a PostgreSQL connection string");
        var db = new Db(SqlDialect.ForProvider(engine), connectionString);
        var migration = Migrator.Apply(db);
        return migration.Error is null ? db : throw new InvalidOperationException(migration.Error);
    }

    /// <summary>The load average, to be read next to every figure: the machine's cores are shared.</summary>
    public static string Load() => $"load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}";
}
