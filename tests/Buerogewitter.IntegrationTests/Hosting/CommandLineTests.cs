using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Hosting;

namespace Buerogewitter.IntegrationTests.Hosting;

public sealed class CommandLineTests
{
    public static TheoryData<string> VerbNames() => new(Verbs.CommandLine().Verbs.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task Every_verb_has_help_that_shows_its_usage(string verb)
    {
        var result = await VerbRunner.RunAsync(Engines.Sqlite, [.. verb.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"usage: buerogewitter {verb}", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "buerogewitter: unknown verb 'frobnicate' (see buerogewitter --help)")]
    [InlineData(new[] { "org", "create", "--slug", "x1" }, "buerogewitter org create: --name is required")]
    [InlineData(new[] { "org", "create", "--slug", "x1", "--name", "X", "--colour", "red" }, "buerogewitter org create: unknown option --colour")]
    [InlineData(new[] { "org", "create", "--slug", "x1", "--name", "X", "--timezone", "Mars/Olympus" }, "buerogewitter org create: time zone 'Mars/Olympus' is not known (use an IANA name such as Europe/Berlin)")]
    [InlineData(new[] { "import-roster", "--org", "acme" }, "buerogewitter import-roster: FILE.csv is missing")]
    [InlineData(new[] { "roster", "list", "--org", "nobody" }, "buerogewitter roster list: no organisation with slug 'nobody' (see buerogewitter org list)")]
    public async Task Bad_usage_exits_with_2_and_one_line_saying_why(string[] args, string message)
    {
        await TestDatabases.ResetAsync(Engines.Sqlite);

        var result = await VerbRunner.RunAsync(Engines.Sqlite, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.TrimEnd());
    }

    [Fact]
    public async Task Overview_lists_every_verb()
    {
        var result = await VerbRunner.RunAsync(Engines.Sqlite, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(Verbs.CommandLine().Verbs, v => Assert.Contains($"  {v.Name} ", result.Out, StringComparison.Ordinal));
    }
}
