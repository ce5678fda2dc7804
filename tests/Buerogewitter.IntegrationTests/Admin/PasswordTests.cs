using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.IntegrationTests.Pulses;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Buerogewitter.IntegrationTests.Admin;

public sealed partial class PasswordTests
{
    private const string NewPassword = "a brand new secret";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_signed_in_user_changes_the_password_only_with_the_current_one_and_a_valid_new_one(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);
        var page = await client.GetStringAsync("/admin/password", TestContext.Current.CancellationToken);
        async Task<(HttpStatusCode Status, string Html)> ChangeAsync(string current, string password, string repeat)
        {
            var response = await client.PostAsync("/admin/password", AdminWorld.Form(page, ("CurrentPassword", current), ("Password", password), ("PasswordRepeat", repeat)),
                TestContext.Current.CancellationToken);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }

        var wrongCurrent = await ChangeAsync("not my password", NewPassword, NewPassword);
        var tooShort = await ChangeAsync(AdminWorld.Password, "short", "short");
        var differing = await ChangeAsync(AdminWorld.Password, NewPassword, NewPassword + "!");
        var same = await ChangeAsync(AdminWorld.Password, AdminWorld.Password, AdminWorld.Password);
        var changed = await ChangeAsync(AdminWorld.Password, NewPassword, NewPassword);
        using var fresh = app.Client();
        var oldSignIn = await AdminWorld.SignInAsync(fresh, AdminWorld.AlphaManager);
        var newSignIn = await AdminWorld.SignInAsync(fresh, AdminWorld.AlphaManager, NewPassword);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongCurrent.Status);
        Assert.Contains("Das aktuelle Passwort stimmt nicht.", wrongCurrent.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.Status);
        Assert.Contains("<p class=\"field-error\">Mindestens 12 Zeichen.</p>", tooShort.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, differing.Status);
        Assert.Contains("Die Passwörter stimmen nicht überein.", differing.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, same.Status);
        Assert.Contains("muss sich vom aktuellen unterscheiden", same.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Contains("Ihr Passwort ist geändert.", changed.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newSignIn.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_new_password_ends_the_accounts_other_sessions_and_keeps_the_one_that_set_it(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        await using var app = await TestWebApp.StartAsync(engine);
        using var changer = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);
        using var other = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaManager);
        using var colleague = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);
        var otherBefore = await other.GetAsync("/admin/password", TestContext.Current.CancellationToken);
        var page = await changer.GetStringAsync("/admin/password", TestContext.Current.CancellationToken);

        var changed = await changer.PostAsync("/admin/password",
            AdminWorld.Form(page, ("CurrentPassword", AdminWorld.Password), ("Password", NewPassword), ("PasswordRepeat", NewPassword)), TestContext.Current.CancellationToken);
        var changerAfter = await changer.GetAsync("/admin/password", TestContext.Current.CancellationToken);
        var otherAfter = await other.GetAsync("/admin/password", TestContext.Current.CancellationToken);
        var colleagueAfter = await colleague.GetAsync("/admin/password", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, otherBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changerAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherAfter.StatusCode);
        Assert.StartsWith("/admin/login", otherAfter.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, colleagueAfter.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reset_link_arrives_by_smtp_works_once_and_an_unknown_address_gets_the_same_page_and_no_mail(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestWebApp.StartAsync(engine, sink.Settings("http://pulse.example.com"));
        using var client = app.Client();
        using var session = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        var unknown = await RequestAsync(client, "nobody@example.org");
        var known = await RequestAsync(client, AdminWorld.AlphaConsultant.ToUpperInvariant());
        // Requests are handled in order after the answer: once the known address's mail is in, the unknown one was handled too.
        var mail = await MailAsync(sink);
        var link = ResetLink(mail);
        var form = await client.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        var formHtml = await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var tooShort = await client.PostAsync(link.PathAndQuery, AdminWorld.Form(formHtml, ("Password", "short"), ("PasswordRepeat", "short")), TestContext.Current.CancellationToken);
        var set = await client.PostAsync(link.PathAndQuery, AdminWorld.Form(formHtml, ("Password", NewPassword), ("PasswordRepeat", NewPassword)), TestContext.Current.CancellationToken);
        var reused = await client.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        var reusedPost = await client.PostAsync(link.PathAndQuery, AdminWorld.Form(formHtml, ("Password", "yet another secret"), ("PasswordRepeat", "yet another secret")),
            TestContext.Current.CancellationToken);
        var signIn = await AdminWorld.SignInAsync(app.Client(), AdminWorld.AlphaConsultant, NewPassword);
        var sessionAfter = await session.GetAsync("/admin/password", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(unknown.Html, known.Html);
        Assert.Contains("Wenn zu dieser Adresse ein Konto gehört", unknown.Html, StringComparison.Ordinal);
        Assert.Equal(AdminWorld.AlphaConsultant, mail.To.Mailboxes.Single().Address);
        Assert.Equal("http://pulse.example.com", link.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Ihr neues Passwort gilt.", WebUtility.HtmlDecode(await set.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Contains("abgelaufen oder wurde schon benutzt", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, reusedPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // Whoever holds a session from before the reset is signed out: it may be the session that leaked.
        Assert.Equal(HttpStatusCode.Redirect, sessionAfter.StatusCode);
        Assert.StartsWith("/admin/login", sessionAfter.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        // Only the token's hash is stored.
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var hash = await connection.ExecuteScalarAsync<byte[]>("SELECT token_hash FROM password_reset_token");
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Buffers.Text.Base64Url.DecodeFromChars(link.Segments[^1])), hash);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_reveal_that_the_address_has_an_account()
    {
        await AdminWorld.CreateAsync(Engines.Sqlite);
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite, sink.Settings("http://pulse.example.com"));
        await sink.StopAsync();
        using var client = app.Client();

        var unknown = await RequestAsync(client, "nobody@example.org");
        var known = await RequestAsync(client, AdminWorld.AlphaConsultant);

        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(unknown.Html, known.Html);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reset_link_expires_after_one_hour_on_the_apps_clock(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestWebApp.StartAsync(engine, sink.Settings("http://pulse.example.com"), builder => builder.Services.AddSingleton<TimeProvider>(clock));
        using var client = app.Client();
        await RequestAsync(client, AdminWorld.AlphaManager);
        var link = ResetLink(await MailAsync(sink));

        clock.Advance(TimeSpan.FromMinutes(59));
        var before = await client.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(2));
        var after = await client.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
        Assert.Contains("Dieser Link ist abgelaufen", WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Repeated_requests_mail_an_account_at_most_once_in_five_minutes(string engine)
    {
        await AdminWorld.CreateAsync(engine);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestWebApp.StartAsync(engine, sink.Settings("http://pulse.example.com"), builder => builder.Services.AddSingleton<TimeProvider>(clock));
        using var client = app.Client();
        int MailsTo(string address) => sink.Received.Count(m => m.To.Mailboxes.Single().Address == address);

        await RequestAsync(client, AdminWorld.AlphaManager);
        await RequestAsync(client, AdminWorld.AlphaManager);
        await RequestAsync(client, AdminWorld.AlphaManager);
        // Requests are handled in order: once the consultant's mail is in, the manager's three were handled.
        await RequestAsync(client, AdminWorld.AlphaConsultant);
        await Eventually.HoldsAsync(() => MailsTo(AdminWorld.AlphaConsultant) == 1, "the consultant's reset mail", seconds: 10);
        var withinInterval = MailsTo(AdminWorld.AlphaManager);
        clock.Advance(TimeSpan.FromMinutes(6));
        await RequestAsync(client, AdminWorld.AlphaManager);
        await Eventually.HoldsAsync(() => MailsTo(AdminWorld.AlphaManager) == 2, "the manager's second reset mail", seconds: 10);

        Assert.Equal(1, withinInterval);
        Assert.Equal(2, MailsTo(AdminWorld.AlphaManager));
    }

    [Fact]
    public async Task An_administrator_sends_a_reset_link_from_the_users_page_into_the_pickup_folder()
    {
        var world = await AdminWorld.CreateAsync(Engines.Sqlite);
        var folder = Directory.CreateTempSubdirectory("bg-outbox-").FullName;
        await using var app = await TestWebApp.StartAsync(Engines.Sqlite, new Dictionary<string, string?> { ["Mail:PickupFolder"] = folder });
        using var admin = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);
        var page = await admin.GetStringAsync("/admin/users", TestContext.Current.CancellationToken);
        await using var connection = await world.Db.OpenAsync(TestContext.Current.CancellationToken);
        var manager = await connection.ExecuteScalarAsync<long>("SELECT id FROM admin_user WHERE email = @email", new { email = AdminWorld.DemoManager });

        var response = await admin.PostAsync("/admin/users?handler=Reset",
            AdminWorld.Form(page, ("userId", manager.ToString(System.Globalization.CultureInfo.InvariantCulture))), TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var mail = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")), TestContext.Current.CancellationToken);
        using var client = app.Client();
        var form = await client.GetAsync(ResetLink(mail).PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Ein Link zum Zurücksetzen des Passworts ging an {AdminWorld.DemoManager}.", html, StringComparison.Ordinal);
        Assert.Equal(AdminWorld.DemoManager, mail.To.Mailboxes.Single().Address);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(HttpStatusCode Status, string Html)> RequestAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync("/admin/forgot-password", TestContext.Current.CancellationToken);
        var response = await client.PostAsync("/admin/forgot-password", AdminWorld.Form(page, ("Email", email)), TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static async Task<MimeMessage> MailAsync(SmtpSink sink)
    {
        await Eventually.HoldsAsync(() => sink.Received.Count > 0, "a reset mail at the SMTP server", seconds: 10);
        return Assert.Single(sink.Received);
    }

    private static Uri ResetLink(MimeMessage mail) => new(ResetUrl().Match(mail.TextBody ?? "").Value);

    [GeneratedRegex("https?://[^\\s]+/admin/reset-password/[A-Za-z0-9_-]{22}")]
    private static partial Regex ResetUrl();
}
