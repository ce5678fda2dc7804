using System.Globalization;

namespace Buerogewitter.Web.Cli;

/// <summary>What a running verb gets: its parsed arguments, the services and the console.</summary>
public sealed class VerbContext(
    IReadOnlyDictionary<string, string?> options,
    IReadOnlyList<string> arguments,
    IServiceProvider services,
    TextWriter output,
    TextWriter error)
{
    public IServiceProvider Services { get; } = services;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public IReadOnlyList<string> Arguments { get; } = arguments;

    public CancellationToken Cancellation { get; init; }

    public bool Has(string option) => options.ContainsKey(option);

    public string? Get(string option) => options.GetValueOrDefault(option);

    public string Require(string option) =>
        Get(option) ?? throw new UsageException($"--{option} is required");

    public int? GetInt(string option, int min, int max)
    {
        var text = Get(option);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{option} '{text}' is not a whole number from {min} to {max}");
    }

    /// <summary>A UTF-8 text file the user named; one that cannot be read is bad input (exit 2).</summary>
    public async Task<string> ReadFileAsync(string path)
    {
        try
        {
            return await File.ReadAllTextAsync(path, System.Text.Encoding.UTF8, Cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {ex.Message}");
        }
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Progress for long work, on stderr so that stdout stays machine-readable.</summary>
    public void Progress(string message) => Error.WriteLine(message);
}
