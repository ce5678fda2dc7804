using System.Net;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed class UsersPageTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_administrator_creates_a_manager_who_then_sees_only_the_dashboard_of_that_organisation(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var page = await admin.GetStringAsync("/admin/users", TestContext.Current.CancellationToken);

        var twoOrganisations = await admin.PostAsync("/admin/users", AdminWorld.Form(page, ("Email", "new-manager@example.org"), ("DisplayName", "Nina"),
            ("Role", "manager"), ("Password", "another long secret"), ("OrganisationIds", world.AlphaId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("OrganisationIds", world.DemoId.ToString(System.Globalization.CultureInfo.InvariantCulture))), TestContext.Current.CancellationToken);
        var created = await admin.PostAsync("/admin/users", AdminWorld.Form(page, ("Email", "new-manager@example.org"), ("DisplayName", "Nina"),
            ("Role", "manager"), ("Password", "another long secret"), ("OrganisationIds", world.AlphaId.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            TestContext.Current.CancellationToken);
        using var manager = app.Client();
        var signIn = await AdminWorld.SignInAsync(manager, "new-manager@example.org", "another long secret");
        var overview = await manager.GetAsync("/admin", TestContext.Current.CancellationToken);
        var demo = await manager.GetAsync("/admin/o/demo", TestContext.Current.CancellationToken);
        var users = await manager.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, twoOrganisations.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/o/alpha", signIn.Headers.Location!.OriginalString);
        Assert.Equal("/admin/o/alpha", overview.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, demo.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_deactivated_account_loses_its_open_session_at_the_next_request(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var before = await consultant.GetAsync("/admin/o/alpha", TestContext.Current.CancellationToken);
        await using (var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("UPDATE admin_user SET active = @no WHERE email = @email", new { no = false, email = AdminWorld.AlphaConsultant });
        }

        var after = await consultant.GetAsync("/admin/o/alpha", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_consultant_creates_an_organisation_and_is_assigned_to_it_while_a_manager_may_not(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        using var manager = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);
        var page = await consultant.GetStringAsync("/admin", TestContext.Current.CancellationToken);
        var managerOverview = await manager.GetAsync("/admin", TestContext.Current.CancellationToken);
        var managerPage = await manager.GetStringAsync("/admin/o/alpha", TestContext.Current.CancellationToken);

        var taken = await consultant.PostAsync("/admin", AdminWorld.Form(page, ("Name", "Noch eine Demo"), ("Slug", "demo")), TestContext.Current.CancellationToken);
        var created = await consultant.PostAsync("/admin", AdminWorld.Form(page, ("Name", "Beta KG"), ("Slug", "beta")), TestContext.Current.CancellationToken);
        var settings = await consultant.GetAsync("/admin/o/beta/settings", TestContext.Current.CancellationToken);
        var refused = await manager.PostAsync("/admin", AdminWorld.Form(managerPage, ("Name", "Gamma"), ("Slug", "gamma")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal("/admin/o/beta/settings", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.Equal("/admin/o/alpha", managerOverview.Headers.Location!.OriginalString);
        Assert.DoesNotContain("name=\"Slug\"", managerPage, StringComparison.Ordinal);
        Assert.Contains("name=\"Slug\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_administrator_assigns_and_removes_organisations_and_a_manager_never_gets_a_second(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var page = await admin.GetStringAsync("/admin/users", TestContext.Current.CancellationToken);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var consultant = await connection.ExecuteScalarAsync<long>("SELECT id FROM admin_user WHERE email = @email", new { email = AdminWorld.AlphaConsultant });
        var manager = await connection.ExecuteScalarAsync<long>("SELECT id FROM admin_user WHERE email = @email", new { email = AdminWorld.AlphaManager });
        string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var assigned = await admin.PostAsync("/admin/users?handler=Assign", AdminWorld.Form(page, ("userId", Id(consultant)), ("organisationId", Id(world.DemoId))),
            TestContext.Current.CancellationToken);
        var secondForManager = await admin.PostAsync("/admin/users?handler=Assign", AdminWorld.Form(page, ("userId", Id(manager)), ("organisationId", Id(world.DemoId))),
            TestContext.Current.CancellationToken);
        using var consultantClient = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var demoWhileAssigned = await consultantClient.GetAsync("/admin/o/demo/roster", TestContext.Current.CancellationToken);
        var removed = await admin.PostAsync("/admin/users?handler=Unassign", AdminWorld.Form(page, ("userId", Id(consultant)), ("organisationId", Id(world.DemoId))),
            TestContext.Current.CancellationToken);
        var demoAfterRemoval = await consultantClient.GetAsync("/admin/o/demo/roster", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, secondForManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, demoWhileAssigned.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, demoAfterRemoval.StatusCode);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM admin_user_organisation WHERE admin_user_id = @manager", new { manager }));
    }
}
