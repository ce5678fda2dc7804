using System.Text.Json;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Pulses;
using Dapper;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Buerogewitter.IntegrationTests.Pulses;

/// <summary>Nothing stored or shown ties an answer, or the fact of answering, to a person (issue 15, points 2 and 3).</summary>
public sealed class AnsweringTraceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_after_close_no_record_says_who_was_reminded_or_who_answered(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var waveId = await OpenRemindAndAnswerAsync(world);

        await world.Get<WaveLifecycle>().CloseAsync(waveId, Ct);

        await using var connection = await world.Db.OpenAsync(Ct);
        var kinds = (await connection.QueryAsync<string>("""
            SELECT d.kind FROM mail_delivery d JOIN invitation i ON i.id = d.invitation_id WHERE i.wave_id = @waveId
            """, new { waveId })).ToList();
        Assert.Equal(Enumerable.Repeat(MailKind.Invite, 12), kinds);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM invitation_link l JOIN invitation i ON i.id = l.invitation_id WHERE i.wave_id = @waveId", new { waveId }));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT used) FROM invitation WHERE wave_id = @waveId", new { waveId }));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM invitation WHERE wave_id = @waveId AND issued_at IS NOT NULL", new { waveId }));
        Assert.Equal(6L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM response WHERE wave_id = @waveId", new { waveId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_no_stored_order_or_transaction_stamp_follows_submission(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var waveId = await OpenRemindAndAnswerAsync(world);
        await world.Get<WaveLifecycle>().CloseAsync(waveId, Ct);

        await using var connection = await world.Db.OpenAsync(Ct);
        string[] tables = ["response", "response_rating"];
        switch (engine)
        {
            case Engines.Sqlite:
                // An ordinary table numbers its rows in insertion order, even with a random key.
                foreach (var table in tables)
                {
                    var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.QueryAsync<long>($"SELECT rowid FROM {table}"));
                    Assert.Contains("no such column: rowid", error.Message, StringComparison.Ordinal);
                }

                break;
            case Engines.Postgres:
                // Each row carries the id of the transaction that wrote it (xmin): a response and the invitation it used shared one.
                Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("""
                    SELECT COUNT(DISTINCT x) FROM (
                        SELECT xmin::text AS x FROM response WHERE wave_id = @waveId
                        UNION ALL SELECT rr.xmin::text FROM response_rating rr JOIN response r ON r.id = rr.response_id WHERE r.wave_id = @waveId
                        UNION ALL SELECT xmin::text FROM invitation WHERE wave_id = @waveId) stamps
                    """, new { waveId }));
                break;
        }

        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(engine == Engines.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'response%' AND sql LIKE '%AUTOINCREMENT%'"
            : "SELECT COUNT(*) FROM information_schema.columns WHERE table_name LIKE 'response%' AND (is_identity = 'YES' OR column_default IS NOT NULL)"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue15_the_personal_data_export_reads_the_same_for_a_responder_and_a_reminded_non_responder(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        await OpenRemindAndAnswerAsync(world);
        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        var hash = new PasswordHasher<AdminUser>().HashPassword(null!, AdminWorld.Password);
        await new AdminUserStore(world.Db, TimeProvider.System).CreateAsync(
            new NewAdminUser(AdminWorld.AlphaConsultant, "Conny Consultant", hash, AdminRoles.Consultant, [organisation.Id]), Ct);
        await using var connection = await world.Db.OpenAsync(Ct);
        var ids = (await connection.QueryAsync<(long Id, bool Used)>("""
            SELECT p.id, i.used FROM participant p JOIN invitation i ON i.participant_id = p.id ORDER BY p.id
            """)).ToList();
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.AlphaConsultant);

        async Task<string> ExportAsync(long id)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/admin/o/acme/roster/{id}?handler=Export", Ct));
            return string.Join(",", json.RootElement.GetProperty("mails").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
        }

        var responder = await ExportAsync(ids.First(p => p.Used).Id);
        var nonResponder = await ExportAsync(ids.First(p => !p.Used).Id);

        Assert.Equal(MailKind.Invite, responder);
        Assert.Equal(responder, nonResponder);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reducing_the_records_changes_nothing_while_the_wave_is_open_and_nothing_more_when_repeated(string engine)
    {
        await using var world = await PulseWorld.CreateAsync(engine);
        var waveId = await OpenRemindAndAnswerAsync(world);
        var invitations = world.Get<InvitationStore>();
        async Task<string> SnapshotAsync()
        {
            await using var connection = await world.Db.OpenAsync(Ct);
            var deliveries = await connection.QueryAsync<string>("SELECT kind FROM mail_delivery ORDER BY invitation_id, kind");
            var used = await connection.QueryAsync<bool>("SELECT used FROM invitation ORDER BY id");
            var links = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation_link");
            return $"{string.Join(",", deliveries)} | {string.Join(",", used)} | {links}";
        }

        var open = await SnapshotAsync();
        var whileOpen = await invitations.ReduceAfterCloseAsync(waveId, Ct);
        var afterOpen = await SnapshotAsync();
        world.Clock.Advance(TimeSpan.FromDays(8));
        var first = await invitations.ReduceAfterCloseAsync(waveId, Ct);
        var reduced = await SnapshotAsync();
        var second = await invitations.ReduceAfterCloseAsync(waveId, Ct);

        Assert.False(whileOpen);
        Assert.Equal(open, afterOpen);
        Assert.Contains(MailKind.Reminder1, open, StringComparison.Ordinal);
        Assert.True(first);
        Assert.DoesNotContain("reminder", reduced, StringComparison.Ordinal);
        Assert.True(second);
        Assert.Equal(reduced, await SnapshotAsync());
    }

    /// <summary>
    /// Opens a wave of 12 with one rated item, has four people answer, reminds the other eight and has two
    /// of them answer through the reminder's link. The wave stays open.
    /// </summary>
    private static async Task<long> OpenRemindAndAnswerAsync(PulseWorld world)
    {
        await using (var connection = await world.Db.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("""
                INSERT INTO survey_item (template_id, position, text_de, text_en, low_label_de, high_label_de, low_label_en, high_label_en)
                SELECT MAX(id), 1, 'Zusammenarbeit', 'Collaboration', 'schlecht', 'gut', 'poor', 'good' FROM survey_template
                """);
        }

        Assert.Equal(0, (await world.RunAsync("wave", "open", "--org", "acme")).ExitCode);
        var invites = world.Smtp.Received.ToList();
        foreach (var mail in invites.Take(4))
        {
            await AnswerAsync(world, mail);
        }

        Assert.Equal(0, (await world.RunAsync("wave", "remind", "--org", "acme", "--force")).ExitCode);
        foreach (var mail in world.Smtp.Received.Skip(invites.Count).Take(2))
        {
            await AnswerAsync(world, mail);
        }

        var organisation = (await world.Get<OrganisationStore>().FindAsync("acme", Ct))!;
        return (await world.Get<WaveStore>().CurrentAsync(organisation.Id, Ct))!.Id;
    }

    private static async Task AnswerAsync(PulseWorld world, MimeMessage mail)
    {
        var surveys = world.Get<SurveyStore>();
        var form = (await surveys.FindAsync(InvitationToken.HashOf(PulseWorld.TokenOf(mail))!, Ct))!;
        var outcome = await surveys.SubmitAsync(form, new SurveySubmission("de", $"Antwort von {Guid.NewGuid():N}", 3, null,
            form.Items.ToDictionary(i => i.Id, _ => (int?)4), new Dictionary<long, int?>()), new DateOnly(2027, 1, 4), Ct);
        Assert.Equal(SubmitOutcome.Stored, outcome);
    }
}
