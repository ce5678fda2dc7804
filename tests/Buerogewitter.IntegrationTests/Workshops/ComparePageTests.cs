using System.Net;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class ComparePageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_compare_page_of_the_demo_workshop_reads_improved_with_its_chart_inline_for_print(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var response = await client.GetAsync($"/admin/o/demo/workshop/{world.DemoWorkshopId}/compare", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<tr><td>Prioritäten-Trefferquote – Innendienst</td>.*class=\"improved\">verbessert</td></tr>", html);
        Assert.Matches("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]{5000,}\"", html);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("img-src data:", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'unsafe", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workshop_without_analysed_waves_after_it_says_that_no_comparison_is_possible_yet()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        var workshopId = await new Data.Workshops.WorkshopRecordStore(world.Db, TimeProvider.System).CreateAsync(world.DemoId,
            WorkshopRecordStoreTests.Sample() with { HeldOn = DateOnly.FromDateTime(DateTime.UtcNow) }, Ct);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var response = await client.GetAsync($"/admin/o/demo/workshop/{workshopId}/compare?lang=en", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("there is no analysed survey after the workshop yet", html, StringComparison.Ordinal);
    }
}
