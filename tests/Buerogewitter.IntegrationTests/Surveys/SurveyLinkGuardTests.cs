using System.Diagnostics;
using System.Net;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Core.Strategy;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Strategy;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Surveys;

/// <summary>Issue #16: an office behind one address answers freely; guessing links is stopped per client.</summary>
public sealed class SurveyLinkGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_three_hundred_people_behind_one_address_all_answer_within_a_minute(string engine)
    {
        var (db, tokens) = await OpenWaveAsync(engine, 300);
        await using var app = await TestWebApp.StartAsync(engine);
        using var office = app.Client();
        var watch = Stopwatch.StartNew();

        var outcomes = new List<string>();
        foreach (var token in tokens)
        {
            var form = await office.GetAsync($"/s/{token}", Ct);
            var html = await form.Content.ReadAsStringAsync(Ct);
            var submit = await office.PostAsync($"/s/{token}", AdminWorld.Form(html, ("StrategyAnswer", "Neukunden gewinnen")), Ct);
            var thanks = await office.GetAsync(submit.Headers.Location, Ct);
            outcomes.Add($"{(int)form.StatusCode} {(int)submit.StatusCode} {(int)thanks.StatusCode}");
        }

        watch.Stop();
        Assert.All(outcomes, o => Assert.Equal("200 302 200", o));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"took {watch.Elapsed}");
        await using var connection = await db.OpenAsync(Ct);
        Assert.Equal(300L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_a_client_guessing_links_behind_a_known_proxy_is_stopped_before_the_lookup_and_its_neighbours_go_on(string engine)
    {
        var (db, tokens) = await OpenWaveAsync(engine, 2);
        await using var app = await TestWebApp.StartAsync(engine, new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies"] = "10.9.9.9, 127.0.0.1",
            ["Survey:UnknownLinksPerMinute"] = "20",
        });
        using var guesser = Behind(app, "203.0.113.7");
        using var colleague = Behind(app, "203.0.113.8");

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            guesses.Add((await guesser.GetAsync($"/s/{InvitationToken.Create().Text}", Ct)).StatusCode);
        }

        var stopped = await guesser.GetAsync($"/s/{tokens[0]}", Ct);
        var answered = await colleague.GetAsync($"/s/{tokens[1]}", Ct);
        // With the link table away a lookup fails: the stopped client's request must not reach it.
        HttpStatusCode stoppedWithoutLookup, lookedUp;
        await using (await TableAway.RenameAsync(db, "invitation_link"))
        {
            stoppedWithoutLookup = (await guesser.GetAsync($"/s/{tokens[0]}", Ct)).StatusCode;
            lookedUp = (await colleague.GetAsync($"/s/{tokens[1]}", Ct)).StatusCode;
        }

        Assert.All(guesses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stoppedWithoutLookup);
        Assert.Equal(HttpStatusCode.InternalServerError, lookedUp);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_forwarded_addresses_from_an_unlisted_proxy_are_ignored_so_changing_them_does_not_help_a_guesser(string engine)
    {
        await OpenWaveAsync(engine, 1);
        await using var app = await TestWebApp.StartAsync(engine, new Dictionary<string, string?> { ["Survey:UnknownLinksPerMinute"] = "5" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var client = Behind(app, $"198.51.100.{i + 1}");
            statuses.Add((await client.GetAsync($"/s/{InvitationToken.Create().Text}", Ct)).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, 5), HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>A client whose requests arrive through a proxy on this machine, which forwards the given address.</summary>
    private static HttpClient Behind(TestWebApp app, string address)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>An organisation with the default questionnaire, a strategy and N participants, an open wave and each one's link.</summary>
    private static async Task<(Db Db, IReadOnlyList<string> Tokens)> OpenWaveAsync(string engine, int people)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var clock = TimeProvider.System;
        var organisation = await new OrganisationStore(db, clock).CreateAsync(new NewOrganisation("office", "Office GmbH", "Europe/Berlin", "de"), Ct);
        await new StrategyAdminStore(db, clock).CreateAsync(organisation.Id, new DateOnly(2026, 1, 1), null,
            [new PriorityDraft("Neukunden gewinnen", null, []), new PriorityDraft("Angebote in 48 Stunden", null, []), new PriorityDraft("Marge vor Menge", null, [])], Ct);
        var roster = Enumerable.Range(1, people)
            .Select(i => new RosterEntry(i + 1, $"person{i:D3}@office.example", $"Person {i}", i % 2 == 0 ? Side.Field : Side.Inside, null, "de")).ToList();
        await new ParticipantStore(db, clock).ImportAsync(organisation.Id, roster, deactivateMissing: false, Ct);
        var wave = (await new WaveStore(db, clock).OpenAsync(organisation, clock.GetUtcNow(), Ct)).Wave!;
        var invitations = new InvitationStore(db, clock);
        await invitations.CreateAsync(wave.Id, Ct);
        var issued = (await invitations.PendingAsync(wave.Id, MailKind.Invite, 0, people, Ct))
            .Select(r => (r.InvitationId, Token: InvitationToken.Create())).ToList();
        await invitations.IssueAsync(issued.Select(i => (i.InvitationId, i.Token.Hash)).ToList(), Ct);
        return (db, issued.Select(i => i.Token.Text).ToList());
    }
}
