using Buerogewitter.Data.Database;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Pulses;

namespace Buerogewitter.Web.Hosting;

public sealed class ServeVerb : Verb
{
    public const string DefaultUrls = "http://localhost:5000";

    public override string Name => "serve";

    public override string Summary => "run the web application (the default when no verb is given)";

    public override IReadOnlyList<VerbOption> Options =>
        [new("urls", "URL", $"where to listen, ';'-separated (default {DefaultUrls})")];

    public override Task<int> RunAsync(VerbContext context) => RunWebAsync(context, context.Get("urls") ?? DefaultUrls);

    /// <summary>
    /// Starts the web host, prints where it listens and where to sign in, and runs until Ctrl+C. The setup link,
    /// when there is no administrator yet, comes first: it is what a new installation needs before anything else.
    /// </summary>
    public static async Task<int> RunWebAsync(VerbContext context, string urls, string signInPath = "/admin/login")
    {
        var app = WebApp.Build([], urls, builder => builder.Services.AddPulseJobServer());
        await app.Services.GetRequiredService<DatabaseReadiness>().EnsureAsync(context.Cancellation);
        await app.StartAsync(context.Cancellation);
        var db = app.Services.GetRequiredService<Db>();
        context.Out.WriteLine($"database: {db.Describe()}");
        var first = new Uri(app.Urls.First());
        if (await app.Services.GetRequiredService<AdminBootstrap>().EnsureAsync(first, context.Cancellation) is { } setup)
        {
            context.Out.WriteLine(setup);
        }

        foreach (var url in app.Urls)
        {
            context.Out.WriteLine($"Buerogewitter is running — open {url} in your browser (Ctrl+C stops it)");
        }

        context.Out.WriteLine($"sign in at {new Uri(first, signInPath)}");
        await app.WaitForShutdownAsync(context.Cancellation);
        return CommandLine.Success;
    }
}
