using System.Net;
using System.Text.RegularExpressions;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Identity;

namespace Buerogewitter.IntegrationTests.Admin;

/// <summary>
/// Two tenants: "alpha" (small, made here) and "demo" (the demo seed, with waves and responses),
/// and one account per role. Every password is <see cref="Password"/>.
/// </summary>
public sealed partial record AdminWorld(Db Db, long AlphaId, long DemoId, long DemoParticipantId, long DemoWaveId, long DemoWorkshopId)
{
    public const string Password = "correct horse battery";
    public const string Administrator = "admin@example.org";
    public const string AlphaConsultant = "consultant@example.org";
    public const string AlphaManager = "manager@example.org";
    public const string DemoManager = "demo-manager@example.org";

    public static async Task<AdminWorld> CreateAsync(string engine)
    {
        await DemoSnapshots.RestoreAsync(engine);
        var db = await TestDatabases.CurrentAsync(engine);
        var clock = TimeProvider.System;
        var alpha = await new OrganisationStore(db, clock).CreateAsync(new NewOrganisation("alpha", "Alpha GmbH", "Europe/Berlin", "de"));
        var roster = RosterFile.Parse("email,name,side,tandem,language\nanna@alpha.example,Anna Alpha,inside,T1,de\n");
        await new ParticipantStore(db, clock).ImportAsync(alpha.Id, roster.Entries, deactivateMissing: false);

        await using var connection = await db.OpenAsync();
        var demoId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'demo'");
        var participantId = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM participant WHERE organisation_id = @demoId", new { demoId });
        var waveId = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM wave WHERE organisation_id = @demoId", new { demoId });
        var workshopId = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM workshop WHERE organisation_id = @demoId", new { demoId });

        var users = new AdminUserStore(db, clock);
        var hash = new PasswordHasher<AdminUser>().HashPassword(null!, Password);
        await users.CreateAsync(new NewAdminUser(Administrator, "Ada Admin", hash, AdminRoles.Administrator, []));
        await users.CreateAsync(new NewAdminUser(AlphaConsultant, "Conny Consultant", hash, AdminRoles.Consultant, [alpha.Id]));
        await users.CreateAsync(new NewAdminUser(AlphaManager, "Mara Manager", hash, AdminRoles.Manager, [alpha.Id]));
        await users.CreateAsync(new NewAdminUser(DemoManager, "Dirk Demo", hash, AdminRoles.Manager, [demoId]));
        return new AdminWorld(db, alpha.Id, demoId, participantId, waveId, workshopId);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var page = await client.GetStringAsync("/admin/login", TestContext.Current.CancellationToken);
        return await client.PostAsync("/admin/login", Form(page, ("Email", email), ("Password", password)), TestContext.Current.CancellationToken);
    }

    public static async Task<HttpClient> SignedInClientAsync(TestWebApp app, string email)
    {
        var client = app.Client();
        var response = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client with a new API key of the organisation, created on its page by <paramref name="creator"/>.</summary>
    public static async Task<HttpClient> ApiClientAsync(TestWebApp app, string slug, string creator)
    {
        using var admin = await SignedInClientAsync(app, creator);
        var keys = await admin.GetStringAsync($"/admin/o/{slug}/api-keys", TestContext.Current.CancellationToken);
        var created = await (await admin.PostAsync($"/admin/o/{slug}/api-keys?handler=Create", Form(keys, ("Name", "test")), TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey().Match(created).Groups[1].Value);
        return client;
    }

    public static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", Antiforgery(html))));

    public static string Antiforgery(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<code class=\"secret\">([A-Za-z0-9_-]{22})</code>")]
    private static partial Regex ApiKey();
}
