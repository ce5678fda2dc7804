using System.Net;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Buerogewitter.IntegrationTests.Hosting;

public sealed class WebAppTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Start_page_explains_the_product_in_german_and_english_and_health_is_green(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        await using var app = WebApp.Build([], "http://127.0.0.1:0",
            builder => builder.Configuration.AddConfiguration(VerbRunner.Configuration(engine)));
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var german = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var english = await client.GetStringAsync("/?lang=en", TestContext.Current.CancellationToken);
        var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"de\">", german, StringComparison.Ordinal);
        Assert.Contains("Vertriebsstrategie", german, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("sales strategy", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("Healthy", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
