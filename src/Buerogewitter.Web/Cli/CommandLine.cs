using System.Text;

namespace Buerogewitter.Web.Cli;

/// <summary>Finds the verb, parses its options and arguments, prints help and turns failures into exit codes.</summary>
public sealed class CommandLine(IReadOnlyList<Verb> verbs, string defaultVerb)
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;

    public IReadOnlyList<Verb> Verbs => verbs;

    public async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        output = new TerminalWriter(output);
        error = new TerminalWriter(error);
        if (args is ["--help" or "-h" or "help"])
        {
            output.Write(Overview());
            return Success;
        }

        var verb = Find(args, out var consumed);
        if (verb is null)
        {
            await error.WriteLineAsync($"buerogewitter: unknown verb '{string.Join(' ', args.Take(2))}' (see buerogewitter --help)");
            return BadUsage;
        }

        var rest = args.Skip(consumed).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            output.Write(Help(verb));
            return Success;
        }

        try
        {
            var (options, arguments) = Parse(verb, rest);
            var context = new VerbContext(options, arguments, services(), output, error) { Cancellation = cancellationToken };
            return await verb.RunAsync(context);
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"buerogewitter {verb.Name}: {ex.Message}");
            return BadUsage;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"buerogewitter {verb.Name}: cancelled");
            return Failure;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or System.Data.Common.DbException)
        {
            // Configuration and database problems (unreachable server, pending migrations): one line, exit 1.
            await error.WriteLineAsync($"buerogewitter {verb.Name}: {ex.Message}");
            return Failure;
        }
    }

    private Verb? Find(string[] args, out int consumed)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            consumed = 0;
            return verbs.Single(v => v.Name == defaultVerb);
        }

        if (args.Length >= 2 && verbs.FirstOrDefault(v => v.Name == $"{args[0]} {args[1]}") is { } twoWords)
        {
            consumed = 2;
            return twoWords;
        }

        consumed = 1;
        return verbs.FirstOrDefault(v => v.Name == args[0]);
    }

    private static (Dictionary<string, string?> Options, List<string> Arguments) Parse(Verb verb, List<string> args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var arguments = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                arguments.Add(arg);
                continue;
            }

            var split = arg.IndexOf('=', StringComparison.Ordinal);
            var name = split > 0 ? arg[2..split] : arg[2..];
            var option = verb.Options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option --{name}");
            if (options.ContainsKey(name))
            {
                throw new UsageException($"--{name} is given twice");
            }

            if (option.ValueName is null)
            {
                options[name] = split > 0 ? throw new UsageException($"--{name} takes no value") : null;
            }
            else if (split > 0)
            {
                options[name] = arg[(split + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value ({option.ValueName})");
            }
        }

        foreach (var required in verb.Options.Where(o => o.Required && !options.ContainsKey(o.Name)))
        {
            throw new UsageException($"--{required.Name} is required");
        }

        if (arguments.Count > verb.Arguments.Count)
        {
            throw new UsageException($"unexpected argument '{arguments[verb.Arguments.Count]}'");
        }

        if (arguments.Count < verb.Arguments.Count)
        {
            throw new UsageException($"{verb.Arguments[arguments.Count].Name} is missing");
        }

        return (options, arguments);
    }

    public string Overview()
    {
        var text = new StringBuilder();
        text.AppendLine("buerogewitter — strategy clarity and collaboration between inside and field sales");
        text.AppendLine();
        text.AppendLine("usage: buerogewitter [VERB] [OPTIONS]   (no verb: serve)");
        text.AppendLine();
        text.AppendLine("verbs:");
        var width = verbs.Max(v => v.Name.Length) + 2;
        foreach (var verb in verbs)
        {
            text.Append("  ").Append(verb.Name.PadRight(width)).AppendLine(verb.Summary);
        }

        text.AppendLine();
        text.AppendLine("buerogewitter VERB --help shows the options of a verb.");
        return text.ToString();
    }

    public static string Help(Verb verb)
    {
        var text = new StringBuilder();
        text.Append("usage: buerogewitter ").Append(verb.Name);
        foreach (var option in verb.Options)
        {
            var usage = option.ValueName is null ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
            text.Append(' ').Append(option.Required ? usage : $"[{usage}]");
        }

        foreach (var argument in verb.Arguments)
        {
            text.Append(' ').Append(argument.Name);
        }

        text.AppendLine().AppendLine().AppendLine(verb.Summary);
        var rows = verb.Arguments.Select(a => (a.Name, a.Help))
            .Concat(verb.Options.Select(o => (o.ValueName is null ? $"--{o.Name}" : $"--{o.Name} {o.ValueName}", o.Help)))
            .ToList();
        if (rows.Count > 0)
        {
            text.AppendLine();
            var width = rows.Max(r => r.Item1.Length) + 2;
            foreach (var (name, help) in rows)
            {
                text.Append("  ").Append(name.PadRight(width)).AppendLine(help);
            }
        }

        return text.ToString();
    }
}
