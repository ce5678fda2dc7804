using System.Net;
using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed class NavigationTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_refused_page_or_post_explains_itself_in_the_page_language_and_stays_403(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);
        var dashboard = await manager.GetStringAsync("/admin/o/alpha", TestContext.Current.CancellationToken);

        var settings = await manager.GetAsync("/admin/o/alpha/settings", TestContext.Current.CancellationToken);
        var users = await manager.GetAsync("/admin/users", TestContext.Current.CancellationToken);
        var post = await manager.PostAsync("/admin", AdminWorld.Form(dashboard, ("Name", "Gamma"), ("Slug", "gamma")), TestContext.Current.CancellationToken);
        var english = await manager.GetAsync("/admin/o/alpha/roster?lang=en", TestContext.Current.CancellationToken);
        var unknown = await manager.GetAsync("/admin/o/demo", TestContext.Current.CancellationToken);

        foreach (var refused in new[] { settings, users, post })
        {
            var html = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("<h1>Kein Zugriff auf diese Seite</h1>", html, StringComparison.Ordinal);
            Assert.Contains("Ihre Rolle: Führungskraft (nur Übersicht).", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/admin\">Zurück zur Übersicht</a>", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, english.StatusCode);
        Assert.Contains("<h1>No access to this page</h1>", await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Null(await app.Services.GetRequiredService<Buerogewitter.Data.Organisations.OrganisationStore>().FindAsync("gamma", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_the_navigation_groups_overview_organisation_and_account_and_marks_the_current_page(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var roster = await consultant.GetStringAsync("/admin/o/alpha/roster", TestContext.Current.CancellationToken);
        var overview = await consultant.GetStringAsync("/admin", TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"/admin/o/alpha/roster\" aria-current=\"page\">Teilnehmende</a>", roster, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(roster, "aria-current=\"page\""));
        Assert.Matches("(?s)id=\"nav-global\">Alle Organisationen<.*id=\"nav-organisation\">Alpha GmbH<.*/admin/o/alpha/roster.*id=\"nav-account\">Ihr Konto<.*/admin/password", roster);
        Assert.Contains("<a href=\"/admin\" aria-current=\"page\">Organisationen</a>", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("nav-organisation", overview, StringComparison.Ordinal);
    }
}
