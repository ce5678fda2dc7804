namespace Buerogewitter.Web.Cli;

/// <summary>An option of a verb; a null <see cref="ValueName"/> makes it a flag.</summary>
public sealed record VerbOption(string Name, string? ValueName, string Help, bool Required = false);

/// <summary>A positional argument of a verb.</summary>
public sealed record VerbArgument(string Name, string Help);

/// <summary>
/// One verb of the <c>buerogewitter</c> executable. Its name, options and arguments are a contract
/// that scripts depend on: keep them stable.
/// </summary>
public abstract class Verb
{
    /// <summary>One or two words, e.g. <c>migrate</c> or <c>org create</c>.</summary>
    public abstract string Name { get; }

    public abstract string Summary { get; }

    public virtual IReadOnlyList<VerbOption> Options => [];

    public virtual IReadOnlyList<VerbArgument> Arguments => [];

    public abstract Task<int> RunAsync(VerbContext context);
}

/// <summary>Thrown for bad usage or bad input: the message is printed as one line and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);
