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
        var workshopId = (await new Data.Workshops.WorkshopRecordStore(world.Db, TimeProvider.System).CreateAsync(world.DemoId,
            WorkshopRecordStoreTests.Sample() with { HeldOn = DateOnly.FromDateTime(DateTime.UtcNow) }, Ct)).Id;
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var response = await client.GetAsync($"/admin/o/demo/workshop/{workshopId}/compare?lang=en", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("there is no analysed survey after the workshop yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_options_form_leads_to_the_comparison_and_a_comparison_group_must_be_visible_and_analysed()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var administrator = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);
        var compare = $"/admin/o/demo/workshop/{world.DemoWorkshopId}/compare";

        var list = await administrator.GetStringAsync("/admin/o/demo/workshops?lang=en", Ct);
        var chosen = await administrator.GetAsync($"/admin/o/demo/workshops?handler=compare&workshopId={world.DemoWorkshopId}&baseline=2&comparison=alpha", Ct);
        var withGroup = await administrator.GetAsync($"{compare}?baseline=2&comparison=alpha&lang=en", Ct);
        var outOfScope = await manager.GetAsync($"{compare}?comparison=alpha&lang=en", Ct);
        var itself = await manager.GetAsync($"{compare}?comparison=demo&lang=en", Ct);
        var tooLong = await manager.GetAsync($"{compare}?baseline=13&lang=en", Ct);
        var oneWave = await manager.GetAsync($"{compare}?baseline=1", Ct);

        Assert.Contains("<option value=\"alpha\">Alpha GmbH</option>", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"{compare}?baseline=2&comparison=alpha", chosen.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, withGroup.StatusCode);
        Assert.Contains("The comparison group Alpha GmbH has no analysed surveys", await withGroup.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // A manager of demo cannot see alpha: the same answer as for a name that does not exist.
        Assert.Equal(HttpStatusCode.BadRequest, outOfScope.StatusCode);
        Assert.Contains("None of your organisations has this name", await outOfScope.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("The baseline spans 1 to 12 surveys.", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oneWave.StatusCode);
        Assert.Contains("img src=\"data:image/png;base64,", await oneWave.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
