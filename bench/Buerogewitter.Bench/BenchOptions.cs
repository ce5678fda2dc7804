namespace Buerogewitter.Bench;

/// <summary>Command-line options of the benchmark verbs.</summary>
internal static class BenchOptions
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent.</summary>
    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
