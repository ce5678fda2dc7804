using System.Net;
using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed class TenantIsolationTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_admin_and_api_endpoint_answers_404_for_data_of_another_organisation(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        var alphaKey = await ApiKeyAsync(app, AdminWorld.AlphaConsultant, "alpha");
        var endpoints = OrganisationEndpoints(app);
        Assert.Superset(
            new HashSet<string>(["/admin/o/{slug}", "/admin/o/{slug}/settings", "/admin/o/{slug}/roster", "/admin/o/{slug}/roster/{id:long}",
                "/admin/o/{slug}/api-keys", "/admin/o/{slug}/coding", "/admin/o/{slug}/workshops", "/admin/o/{slug}/benchmark", "/admin/o/{slug}/workshop/{workshopId:long?}",
                "/admin/o/{slug}/workshop/{workshopId:long}/projector", "/admin/o/{slug}/workshop/{workshopId:long}/follow-through",
                "/admin/o/{slug}/workshop/{workshopId:long}/compare", "/api/v1/organisations/{slug}", "/api/v1/organisations/{slug}/roster", "/api/v1/organisations/{slug}/waves",
                "/api/v1/organisations/{slug}/waves/{waveId:long}/metrics", "/api/v1/organisations/{slug}/report"], StringComparer.Ordinal),
            endpoints.Select(e => e.Pattern).ToHashSet(StringComparer.Ordinal));

        var failures = new List<string>();
        foreach (var account in new[] { AdminWorld.AlphaConsultant, AdminWorld.AlphaManager })
        {
            using var client = await AdminWorld.SignedInClientAsync(app, account);
            var token = AdminWorld.Antiforgery(await client.GetStringAsync("/admin/o/alpha", TestContext.Current.CancellationToken));
            foreach (var (pattern, methods) in endpoints.Where(e => e.Pattern.StartsWith("/admin", StringComparison.Ordinal)))
            {
                var path = Fill(pattern, world);
                foreach (var handler in methods)
                {
                    var method = handler.Split(' ')[0];
                    var url = handler.Contains(' ', StringComparison.Ordinal) ? $"{path}?handler={handler.Split(' ')[1]}" : path;
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method == HttpMethods.Post)
                    {
                        request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Confirm", "true")]);
                    }

                    var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{account} {method} {url}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        using var api = app.Client();
        api.DefaultRequestHeaders.Add("X-Api-Key", alphaKey);
        foreach (var (pattern, methods) in endpoints.Where(e => e.Pattern.StartsWith("/api", StringComparison.Ordinal)))
        {
            var path = Fill(pattern, world);
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("email,name,side,language\n", System.Text.Encoding.UTF8, "text/csv") };
                var response = await api.SendAsync(request, TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"api key of alpha {method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Contains(endpoints, e => e.Methods.Contains("GET Export"));
        Assert.Equal(world.DemoId, await CountUnchangedAsync(world));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_manager_sees_the_dashboard_of_their_organisation_but_not_its_setup_pages(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.DemoManager);

        var dashboard = await client.GetAsync("/admin/o/demo", TestContext.Current.CancellationToken);
        var html = await dashboard.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var settings = await client.GetAsync("/admin/o/demo/settings", TestContext.Current.CancellationToken);
        var roster = await client.GetAsync("/admin/o/demo/roster", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Nur Anzahlen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/o/demo/roster", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, roster.StatusCode);
    }

    /// <summary>
    /// Every route of the admin pages and the API that names an organisation, with each HTTP method
    /// and, for pages, each named handler (e.g. <c>?handler=Export</c>).
    /// </summary>
    private static List<(string Pattern, string[] Methods)> OrganisationEndpoints(TestWebApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: MethodsOf(e)))
            .Where(e => e.Pattern.Contains("{slug}", StringComparison.Ordinal)
                        && (e.Pattern.StartsWith("/admin", StringComparison.Ordinal) || e.Pattern.StartsWith("/api", StringComparison.Ordinal)))
            .GroupBy(e => e.Pattern, StringComparer.Ordinal)
            .Select(g => (g.Key, g.SelectMany(e => e.Methods).Distinct(StringComparer.Ordinal).ToArray()))
            .ToList();

    private static string[] MethodsOf(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
        {
            return page.HandlerMethods.Select(h => h.Name is null ? h.HttpMethod.ToUpperInvariant() : $"{h.HttpMethod.ToUpperInvariant()} {h.Name}").ToArray();
        }

        return endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? [HttpMethods.Get];
    }

    private static string Fill(string pattern, AdminWorld world) => pattern
        .Replace("{slug}", "demo", StringComparison.Ordinal)
        .Replace("{id:long}", world.DemoParticipantId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{waveId:long}", world.DemoWaveId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{workshopId:long?}", world.DemoWorkshopId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{workshopId:long}", world.DemoWorkshopId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static async Task<string> ApiKeyAsync(TestWebApp app, string account, string slug)
    {
        using var client = await AdminWorld.SignedInClientAsync(app, account);
        var page = await client.GetStringAsync($"/admin/o/{slug}/api-keys", TestContext.Current.CancellationToken);
        var created = await client.PostAsync($"/admin/o/{slug}/api-keys?handler=Create", AdminWorld.Form(page, ("Name", "test")), TestContext.Current.CancellationToken);
        var html = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return System.Text.RegularExpressions.Regex.Match(html, "<code class=\"secret\">([A-Za-z0-9_-]{22})</code>").Groups[1].Value;
    }

    // The demo organisation's participant is still there and still has its data after all those posts.
    private static async Task<long> CountUnchangedAsync(AdminWorld world)
    {
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
            "SELECT organisation_id FROM participant WHERE id = @DemoParticipantId AND email LIKE '%@%'", new { world.DemoParticipantId });
    }
}
