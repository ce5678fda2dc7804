using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Admin;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed partial class SignInTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Admin_pages_send_people_who_are_not_signed_in_to_the_login_page(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();

        var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        var settings = await client.GetAsync("/admin/o/demo/settings", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/login", admin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Contains("ReturnUrl=%2Fadmin%2Fo%2Fdemo%2Fsettings", settings.Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue17_a_consultant_with_one_organisation_signs_in_to_its_dashboard_and_sees_only_it_in_the_list(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();

        var anonymousLanding = await client.GetAsync("/admin/login?handler=Landing", TestContext.Current.CancellationToken);
        var signIn = await AdminWorld.SignInAsync(client, "Consultant@Example.org");
        var overview = await client.GetStringAsync("/admin", TestContext.Current.CancellationToken);
        var landing = await client.GetAsync("/admin/login?handler=Landing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin/o/alpha", signIn.Headers.Location!.OriginalString);
        Assert.Equal("/admin/o/alpha", landing.Headers.Location!.OriginalString);
        Assert.Equal("/admin/login", anonymousLanding.Headers.Location!.OriginalString);
        Assert.Contains("Alpha GmbH", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/o/demo", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        using var client = app.Client();

        var unknown = await AdminWorld.SignInAsync(client, "nobody@example.org");
        var wrong = await AdminWorld.SignInAsync(client, AdminWorld.Administrator, "not the password");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(
            WithoutAntiforgery(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Replace(AdminWorld.Administrator, "x", StringComparison.Ordinal),
            WithoutAntiforgery(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Replace("nobody@example.org", "x", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_setup_link_creates_the_first_administrator_once(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        var line = await app.Services.GetRequiredService<AdminBootstrap>().EnsureAsync(app.BaseAddress, TestContext.Current.CancellationToken);
        var link = new Uri(SetupLink().Match(line!).Value);
        using var client = app.Client();

        var form = await client.GetStringAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        var created = await client.PostAsync(link.PathAndQuery, AdminWorld.Form(form, ("Email", "first@example.org"), ("DisplayName", "First Admin"),
            ("Password", "a long enough secret"), ("PasswordRepeat", "a long enough secret")), TestContext.Current.CancellationToken);
        var overview = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        using var other = app.Client();
        var again = await other.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        var secondLine = await app.Services.GetRequiredService<AdminBootstrap>().EnsureAsync(app.BaseAddress, TestContext.Current.CancellationToken);

        Assert.Contains("within 24 hours", line, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(secondLine);
        var db = await TestDatabases.CurrentAsync(engine);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("administrator", await connection.ExecuteScalarAsync<string>("SELECT role FROM admin_user WHERE email = 'first@example.org'"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM admin_setup_token WHERE token_hash IS NULL OR used_at IS NULL"));
    }

    [Fact]
    public async Task An_expired_setup_link_is_refused()
    {
        await TestDatabases.ResetAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite);
        var line = await app.Services.GetRequiredService<AdminBootstrap>().EnsureAsync(app.BaseAddress, TestContext.Current.CancellationToken);
        await using (var connection = await (await TestDatabases.CurrentAsync(Engines.Sqlite)).OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("UPDATE admin_setup_token SET expires_at = @past", new { past = DateTimeOffset.UtcNow.AddMinutes(-1) });
        }

        using var client = app.Client();
        var response = await client.GetAsync(new Uri(SetupLink().Match(line!).Value).PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("name=\"Password\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_from_configuration_is_created_at_first_start_without_a_setup_link()
    {
        await TestDatabases.ResetAsync(Engines.Sqlite);
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite,
            new Dictionary<string, string?> { ["Admin:Email"] = "Boss@Example.org", ["Admin:Password"] = "configured secret 42" });

        var line = await app.Services.GetRequiredService<AdminBootstrap>().EnsureAsync(app.BaseAddress, TestContext.Current.CancellationToken);
        using var client = app.Client();
        var signIn = await AdminWorld.SignInAsync(client, "boss@example.org", "configured secret 42");

        Assert.Equal("administrator boss@example.org created from configuration", line);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await using var connection = await (await TestDatabases.CurrentAsync(Engines.Sqlite)).OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM admin_setup_token"));
    }

    [Fact]
    public async Task OpenID_Connect_is_offered_only_when_authority_client_and_secret_are_configured()
    {
        await TestDatabases.ResetAsync(Engines.Sqlite);
        await using var plain = await TestWebApp.StartAsync(Engines.Sqlite);
        await using var oidc = await TestWebApp.StartAsync(Engines.Sqlite, new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = "https://login.example.org",
            ["Authentication:Oidc:ClientId"] = "buerogewitter",
            ["Authentication:Oidc:ClientSecret"] = "secret",
        });

        var without = await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(AdminPrincipal.OidcScheme);
        var with = await oidc.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(AdminPrincipal.OidcScheme);
        using var client = oidc.Client();
        var login = await client.GetStringAsync("/admin/login", TestContext.Current.CancellationToken);

        Assert.Null(without);
        Assert.NotNull(with);
        Assert.Contains("Mit dem Firmenkonto anmelden", login, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/login?handler=Oidc\"", login, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.Servers), MemberType = typeof(Engines))]
    public async Task A_sign_in_on_one_instance_is_valid_on_another_because_the_keys_are_in_the_database(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var first = await TestWebApp.StartAsync(engine);
        await using var second = await TestWebApp.StartAsync(engine);
        using var signIn = first.Client();
        var page = await signIn.GetStringAsync("/admin/login", TestContext.Current.CancellationToken);
        var response = await signIn.PostAsync("/admin/login", AdminWorld.Form(page, ("Email", AdminWorld.Administrator), ("Password", AdminWorld.Password)),
            TestContext.Current.CancellationToken);
        var setCookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("bg_admin=", StringComparison.Ordinal));
        using var onSecond = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = second.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", setCookie.Split(';')[0]);

        var answer = await onSecond.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await using var connection = await (await TestDatabases.CurrentAsync(engine)).OpenAsync(TestContext.Current.CancellationToken);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_key") >= 1);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_the_job_dashboard_admits_only_signed_in_administrators_on_every_engine_even_from_loopback(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var anonymous = app.Client();
        using var consultant = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        using var administrator = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var nobody = await anonymous.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        var notAdministrator = await consultant.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        var allowed = await administrator.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        var recurring = await anonymous.GetAsync("/hangfire/recurring", TestContext.Current.CancellationToken);
        var trigger = await anonymous.PostAsync("/hangfire/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "pulse:demo")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, recurring.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, trigger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private static string WithoutAntiforgery(string html) => AntiforgeryValue().Replace(html, "");

    [GeneratedRegex("http://[^ ]+/admin/setup/[A-Za-z0-9_-]{22}")]
    private static partial Regex SetupLink();

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}
