using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Admin;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Buerogewitter.IntegrationTests.Admin;

/// <summary>Sign-in and its keys against a hostile client (issue 15, points 7, 10 and 12).</summary>
public sealed partial class HostileSignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_a_stranger_with_five_wrong_passwords_holds_off_other_strangers_but_not_a_browser_that_signed_in_before(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var owner = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        using var stranger = app.Client();

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < PasswordSignIn.PerAccount.MaxFailures; i++)
        {
            wrong.Add(await AdminWorld.SignInAsync(stranger, AdminWorld.Administrator, "wrong password " + i));
        }

        var strangerRight = await AdminWorld.SignInAsync(stranger, AdminWorld.Administrator);
        var ownerRight = await AdminWorld.SignInAsync(owner, AdminWorld.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, ownerRight.StatusCode);
        await using var connection = await world.Db.OpenAsync(Ct);
        var blockedUntil = (await connection.QueryAsync<DateTimeOffset>("SELECT blocked_until FROM sign_in_throttle WHERE blocked_until IS NOT NULL")).Single();
        await connection.ExecuteAsync("UPDATE sign_in_throttle SET blocked_until = @past", new { past = DateTimeOffset.UtcNow.AddSeconds(-1) });
        var strangerLater = await AdminWorld.SignInAsync(app.Client(), AdminWorld.Administrator);

        Assert.All(wrong.SkipLast(1), r => Assert.Contains("E-Mail-Adresse oder Passwort stimmen nicht.", Html(r), StringComparison.Ordinal));
        Assert.Contains("für 15 Minuten gesperrt", Html(wrong[^1]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, strangerRight.StatusCode);
        Assert.Contains("für 15 Minuten gesperrt", Html(strangerRight), StringComparison.Ordinal);
        Assert.InRange(blockedUntil - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Redirect, strangerLater.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_a_held_off_account_and_an_unknown_address_answer_alike_and_as_slowly(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();
        const string Unknown = "nobody@example.org";

        async Task<(string Html, double Milliseconds)> TryAsync(string email)
        {
            var page = await client.GetStringAsync("/admin/login", Ct);
            var form = AdminWorld.Form(page, ("Email", email), ("Password", "wrong password"));
            var clock = Stopwatch.StartNew();
            var response = await client.PostAsync("/admin/login", form, Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);
            return (AntiforgeryValue().Replace(html, "").Replace(email, "x", StringComparison.Ordinal), clock.Elapsed.TotalMilliseconds);
        }

        for (var i = 0; i < PasswordSignIn.PerAccount.MaxFailures; i++)
        {
            await TryAsync(AdminWorld.Administrator);
            await TryAsync(Unknown);
        }

        var known = new List<(string Html, double Milliseconds)>();
        var unknown = new List<(string Html, double Milliseconds)>();
        for (var i = 0; i < 5; i++)
        {
            known.Add(await TryAsync(AdminWorld.Administrator));
            unknown.Add(await TryAsync(Unknown));
        }

        Assert.Contains("für 15 Minuten gesperrt", WebUtility.HtmlDecode(known[0].Html), StringComparison.Ordinal);
        Assert.All(known.Concat(unknown), attempt => Assert.Equal(known[0].Html, attempt.Html));
        // Every answer verifies one password hash, held off or not, account or not: no answer comes back
        // in a fraction of the others' time (before, a held-off account answered in 3–6 ms, others in 55 ms or more).
        var typical = unknown.Select(a => a.Milliseconds).Order().ElementAt(2);
        Assert.True(known.Min(a => a.Milliseconds) > typical / 3,
            $"held-off account answered in {known.Min(a => a.Milliseconds):0} ms, an unknown address in {typical:0} ms");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_one_client_guessing_at_many_addresses_is_held_off_at_all_of_them(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = app.Client();

        for (var i = 0; i < PasswordSignIn.PerClient.MaxFailures; i++)
        {
            await AdminWorld.SignInAsync(client, $"guess{i}@example.org", "password123456");
        }

        var right = await AdminWorld.SignInAsync(client, AdminWorld.AlphaConsultant);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("für 15 Minuten gesperrt", Html(right), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue15_the_sign_in_cookies_are_secure_when_the_public_address_is_https_behind_a_proxy()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        // The proxy ends TLS: the app itself is reached over http, only the public address says https.
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite, new Dictionary<string, string?> { ["Buerogewitter:PublicBaseUrl"] = "https://admin.example.com" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

        var page = await client.GetAsync("/admin/login", Ct);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = AdminWorld.Form(await page.Content.ReadAsStringAsync(Ct), ("Email", AdminWorld.Administrator), ("Password", AdminWorld.Password)),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signIn = await client.SendAsync(post, Ct);
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", cookies.Single(c => c.StartsWith("bg_admin=", StringComparison.Ordinal)).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("secure", cookies.Single(c => c.StartsWith(SignInDevices.CookieName, StringComparison.Ordinal)).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_with_a_certificate_configured_the_keys_are_stored_encrypted_and_keys_stored_in_clear_are_no_longer_trusted(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var (path, password) = Certificate();
        string oldCookie;
        var logs = new CapturedLogs();
        await using (var unprotected = await TestWebApp.StartAsync(engine, configure: builder => builder.Logging.AddProvider(logs)))
        {
            using var client = unprotected.Client();
            var signIn = await AdminWorld.SignInAsync(client, AdminWorld.Administrator);
            oldCookie = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("bg_admin=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var app = await TestWebApp.StartAsync(engine, new Dictionary<string, string?>
        {
            [KeyProtection.PathSetting] = path,
            [KeyProtection.PasswordSetting] = password,
        });
        using var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/admin");
        forged.Headers.Add("Cookie", oldCookie);
        var withOldCookie = await plain.SendAsync(forged, Ct);
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var overview = await admin.GetAsync("/admin", Ct);
        await using var connection = await world.Db.OpenAsync(Ct);
        var keys = (await connection.QueryAsync<string>("SELECT xml FROM data_protection_key")).ToList();
        File.Delete(path);

        var encrypted = keys.Where(k => k.Contains("encryptedSecret", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(encrypted);
        Assert.All(encrypted, k => Assert.DoesNotContain("<masterKey", k, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, withOldCookie.StatusCode);
        Assert.StartsWith("/admin/login", withOldCookie.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains(logs.Lines, l => l.Contains($"Set {KeyProtection.PathSetting} to a PFX file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Issue15_the_company_sign_in_link_without_a_configured_provider_is_not_found_instead_of_an_error()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        var logs = new CapturedLogs();
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite, configure: builder => builder.Logging.AddProvider(logs));
        using var client = app.Client();

        var response = await client.GetAsync("/admin/login?handler=Oidc", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(" Error:", StringComparison.Ordinal) || l.Contains(" Critical:", StringComparison.Ordinal));
    }

    private static string Html(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(response.Content.ReadAsStringAsync(Ct).GetAwaiter().GetResult());

    private static (string Path, string Password) Certificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=buerogewitter key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var path = Path.Combine(Path.GetTempPath(), $"bg-keyring-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}
