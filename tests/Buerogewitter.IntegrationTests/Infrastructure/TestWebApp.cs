using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>The real web app on Kestrel at a free loopback port, against a test database.</summary>
public sealed class TestWebApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestWebApp(WebApplication app) => this.app = app;

    public Uri BaseAddress => new(app.Urls.First());

    public IServiceProvider Services => app.Services;

    public static async Task<TestWebApp> StartAsync(string engine, IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var app = WebApp.Build([], "http://127.0.0.1:0", builder =>
        {
            builder.Configuration.AddConfiguration(VerbRunner.Configuration(engine, settings));
            configure?.Invoke(builder);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestWebApp(app);
    }

    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
