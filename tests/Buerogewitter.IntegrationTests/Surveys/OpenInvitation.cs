using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.IntegrationTests.Surveys;

/// <summary>Test data: the demo organisation plus one open wave (asking about the demo workshop's measures if told) and one invitation whose token the test knows.</summary>
public static class OpenInvitation
{
    public static async Task<string> CreateAsync(Db db, string language = "de", bool closed = false, bool askMeasures = false)
    {
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        var organisationId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'demo'");
        var participant = await connection.QueryFirstAsync<(long Id, string Side)>(
            "SELECT id, side FROM participant WHERE organisation_id = @organisationId AND language = @language AND side = 'inside' ORDER BY email",
            new { organisationId, language });
        var now = DateTimeOffset.UtcNow;
        var waveId = await connection.ExecuteScalarAsync<long>($"""
            INSERT INTO wave (organisation_id, template_id, strategy_version_id, scheduled_at, opens_at, closes_at, created_at){db.Dialect.OutputInsertedId}
            VALUES (@organisationId,
                    (SELECT MAX(id) FROM survey_template WHERE organisation_id = @organisationId),
                    (SELECT MAX(id) FROM strategy_version WHERE organisation_id = @organisationId),
                    @opensAt, @opensAt, @closesAt, @opensAt){db.Dialect.ReturningId}
            """, new { organisationId, opensAt = now.AddDays(-2), closesAt = closed ? now.AddMinutes(-1) : now.AddDays(5) });
        if (askMeasures)
        {
            await connection.ExecuteAsync("""
                INSERT INTO wave_measure (wave_id, measure_id)
                SELECT @waveId, m.id FROM measure m JOIN workshop k ON k.id = m.workshop_id WHERE k.organisation_id = @organisationId
                """, new { waveId, organisationId });
        }

        var token = InvitationToken.Create();
        await connection.ExecuteAsync("""
            INSERT INTO invitation (wave_id, participant_id, side, token_hash, used, created_at)
            VALUES (@waveId, @Id, @Side, @Hash, @used, @now)
            """, new { waveId, participant.Id, participant.Side, token.Hash, used = false, now });
        return token.Text;
    }
}
