using System.Data.Common;
using System.Security.Cryptography;
using Buerogewitter.Core.Demo;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Core.Strategy;
using Buerogewitter.Core.Surveys;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Strategy;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Data.Workshops;
using Dapper;

namespace Buerogewitter.Data.Demo;

public sealed record DemoSeedSummary(long OrganisationId, int People, IReadOnlyList<long> WaveIds, int Responses);

/// <summary>
/// Writes a <see cref="DemoScenario"/> as a real organisation, replacing an earlier demo of the same
/// slug, in one transaction: readers see the old demo or the new one, never half of either.
/// </summary>
public sealed class DemoSeeder(Db db, TimeProvider clock)
{
    public async Task<DemoSeedSummary> ReplaceAsync(DemoScenario scenario, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writer = new Writer(connection, transaction, db.Dialect, clock.GetUtcNow(), cancellationToken);

        var existing = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM organisation WHERE slug = @Slug", scenario.Organisation, transaction, cancellationToken: cancellationToken));
        if (existing is { } oldId)
        {
            await OrganisationDeletion.DeleteAsync(connection, transaction, oldId, cancellationToken);
        }

        var organisationId = await writer.InsertOrganisationAsync(scenario.Organisation);
        var participantIds = await writer.InsertPeopleAsync(organisationId, scenario.People);
        var strategyVersionId = 0L;
        foreach (var version in scenario.StrategyVersions.OrderBy(v => v.VersionNo))
        {
            strategyVersionId = await writer.InsertStrategyVersionAsync(organisationId, version);
        }

        var (templateId, itemIds) = await writer.InsertTemplateAsync(organisationId, scenario.Template);
        var measureIds = await writer.InsertWorkshopAsync(organisationId, scenario.Workshop,
            scenario.People.ToDictionary(p => p.Name, p => participantIds[p.Email], StringComparer.Ordinal));
        var responses = 0;
        var waveIds = new List<long>();
        foreach (var wave in scenario.Waves)
        {
            var waveId = await writer.InsertWaveAsync(organisationId, templateId, strategyVersionId, wave, wave.AsksMeasureChecks ? measureIds : []);
            waveIds.Add(waveId);
            await writer.InsertInvitationsAsync(waveId, scenario.People, participantIds, wave);
            foreach (var response in wave.Responses)
            {
                await writer.InsertResponseAsync(waveId, response, itemIds, wave.AsksMeasureChecks ? measureIds : []);
            }

            responses += wave.Responses.Count;
        }

        await transaction.CommitAsync(cancellationToken);
        return new DemoSeedSummary(organisationId, scenario.People.Count, waveIds, responses);
    }

    private sealed class Writer(DbConnection connection, DbTransaction transaction, SqlDialect dialect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        public Task<long> InsertOrganisationAsync(DemoOrganisation organisation) =>
            OrganisationStore.InsertAsync(connection, transaction, dialect,
                new NewOrganisation(organisation.Slug, organisation.Name, organisation.TimeZone, organisation.Language),
                new OrganisationCreation(now, BenchmarkOptIn: true, AnonymityFrozenAt: now), cancellationToken);

        // Written as a roster import of a file with a header row, so the demo's people are stored as real ones are.
        public async Task<Dictionary<string, long>> InsertPeopleAsync(long organisationId, IReadOnlyList<DemoPerson> people)
        {
            var entries = people.Select((p, i) => new RosterEntry(i + 2, p.Email, p.Name, p.Side, p.Tandem, p.Language)).ToList();
            await ParticipantStore.WriteAsync(connection, transaction, dialect, organisationId, entries, deactivateMissing: false, now, cancellationToken);
            var ids = await connection.QueryAsync<(long Id, string Email)>(new CommandDefinition(
                "SELECT id, email FROM participant WHERE organisation_id = @organisationId", new { organisationId }, transaction, cancellationToken: cancellationToken));
            return ids.ToDictionary(r => r.Email, r => r.Id, StringComparer.Ordinal);
        }

        // Versions are written oldest first into a new organisation, so the store's next number is the demo's.
        public async Task<long> InsertStrategyVersionAsync(long organisationId, DemoStrategyVersion version) =>
            (await StrategyAdminStore.InsertAsync(connection, transaction, dialect, organisationId, version.EffectiveFrom, null,
                [.. version.Priorities.Select(p => new PriorityDraft(p.Text, p.TextEn, p.Examples?.Split('\n') ?? []))], now, cancellationToken)).Id;

        public Task<(long Id, IReadOnlyList<long> ItemIds)> InsertTemplateAsync(long organisationId, SurveyTemplate template) =>
            TemplateAdminStore.InsertAsync(connection, transaction, dialect, organisationId, template, now, cancellationToken);

        // Owners are roster people, as on the workshop page. They agreed their measures in the room months ago,
        // so they count as told: saving the demo workshop mails nobody.
        public async Task<IReadOnlyList<long>> InsertWorkshopAsync(long organisationId, DemoWorkshop workshop, Dictionary<string, long> participantIdsByName)
        {
            var record = new WorkshopRecord(workshop.HeldOn, workshop.Moderator, workshop.Goal, workshop.JointProblem,
                [.. workshop.Cards.Select(card => new WorkshopCard(card.Side, card.Kind, card.Text))],
                [.. workshop.Measures.Select((m, i) => new WorkshopMeasure(i + 1, m.Title, m.OwnerInside, m.OwnerField, m.DueOn, m.Status)
                {
                    TitleEn = m.TitleEn,
                    OwnerInsideId = participantIdsByName[m.OwnerInside],
                    OwnerFieldId = participantIdsByName[m.OwnerField],
                })]);
            var measureIds = (await WorkshopRecordStore.InsertAsync(connection, transaction, dialect, organisationId, record, now, cancellationToken)).MeasureIds;
            foreach (var (measureId, measure) in measureIds.Zip(workshop.Measures))
            {
                foreach (var owner in new[] { measure.OwnerInside, measure.OwnerField })
                {
                    await WorkshopRecordStore.RecordOwnerMailAsync(connection, transaction, dialect, measureId, participantIdsByName[owner], now, cancellationToken);
                }
            }

            return measureIds;
        }

        public async Task<long> InsertWaveAsync(long organisationId, long templateId, long strategyVersionId, DemoWave wave, IReadOnlyList<long> measureIds)
        {
            var plan = new WavePlan(wave.ScheduledAt, wave.OpensAt, wave.ClosesAt, wave.OpensAt.AddDays(3), wave.OpensAt.AddDays(5));
            var waveId = await WaveStore.InsertAsync(connection, transaction, dialect, organisationId, templateId, strategyVersionId, plan,
                createdAt: wave.OpensAt, closedAt: wave.ClosesAt, cancellationToken);
            foreach (var measureId in measureIds)
            {
                await ExecuteAsync("INSERT INTO wave_measure (wave_id, measure_id) VALUES (@waveId, @measureId)", new { waveId, measureId });
            }

            return waveId;
        }

        // The demo's past waves are closed: their invitations carry random hashes that no link matches.
        public async Task InsertInvitationsAsync(long waveId, IReadOnlyList<DemoPerson> people, Dictionary<string, long> participantIds, DemoWave wave)
        {
            var answered = wave.RespondentEmails.ToHashSet(StringComparer.Ordinal);
            foreach (var person in people)
            {
                await ExecuteAsync("""
                    INSERT INTO invitation (wave_id, participant_id, side, token_hash, used, created_at)
                    VALUES (@waveId, @ParticipantId, @Side, @TokenHash, @Used, @OpensAt)
                    """, new
                {
                    waveId,
                    ParticipantId = participantIds[person.Email],
                    Side = person.Side.Code(),
                    TokenHash = RandomNumberGenerator.GetBytes(32),
                    Used = answered.Contains(person.Email),
                    OpensAt = wave.OpensAt.ToUniversalTime(),
                });
            }
        }

        public async Task InsertResponseAsync(long waveId, DemoResponse response, IReadOnlyList<long> itemIds, IReadOnlyList<long> measureIds)
        {
            var submission = new SurveySubmission(response.Language, response.StrategyAnswer, response.SelfClarity, response.CollaborationAnswer,
                itemIds.Zip(response.Ratings).ToDictionary(r => r.First, r => r.Second),
                measureIds.Zip(response.MeasureChecks).ToDictionary(m => m.First, m => m.Second));
            var parameters = new DynamicParameters();
            var sql = SurveyStore.InsertResponse(waveId, response.Side.Code(), response.SubmittedOn, submission, parameters);
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        }

        private Task<int> ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
    }
}
