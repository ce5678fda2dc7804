using Buerogewitter.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Buerogewitter.IntegrationTests.Infrastructure;

public sealed record VerbResult(int ExitCode, string Out, string Error);

/// <summary>Runs verbs of the real executable in-process against a test database.</summary>
public static class VerbRunner
{
    public static IConfiguration Configuration(string engine, IDictionary<string, string?>? extra = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = engine,
            ["ConnectionStrings:Buerogewitter"] = TestDatabases.ConnectionString(engine),
        }.Concat(extra ?? new Dictionary<string, string?>())).Build();

    public static Task<VerbResult> RunAsync(string engine, params string[] args) => RunAsync(engine, null, args);

    /// <summary>Runs a verb with extra settings, as environment variables would give them.</summary>
    public static async Task<VerbResult> RunAsync(string engine, IDictionary<string, string?>? settings, params string[] args)
    {
        var configuration = Configuration(engine, settings);
        await using var services = new ServiceCollection().AddSingleton(configuration)
            .AddBuerogewitter(configuration).BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Verbs.CommandLine().RunAsync(args, () => services, output, error, TestContext.Current.CancellationToken);
        return new VerbResult(exit, output.ToString(), error.ToString());
    }
}
