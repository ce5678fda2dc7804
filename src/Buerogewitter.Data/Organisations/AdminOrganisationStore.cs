using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Pulses;
using Dapper;

namespace Buerogewitter.Data.Organisations;

public sealed record OrganisationSettings(
    string Name, string TimeZone, string Language, string PulseCron, int ScoreMinResponses, int TextMinResponses, bool BenchmarkOptIn)
{
    /// <summary>The sender of the organisation's mails; null for the installation's.</summary>
    public string? MailFromName { get; init; }

    public string? MailFromAddress { get; init; }
}

public sealed record OrganisationManager
{
    public long Id { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Language { get; init; }
}

/// <summary>A wave as the dashboard shows it: dates and counts only, never who answered.</summary>
public sealed record WaveSummary
{
    public long Id { get; init; }

    /// <summary>See <see cref="Pulses.WaveNumber"/>.</summary>
    public int Number { get; init; }

    public DateTimeOffset OpensAt { get; init; }

    public DateTimeOffset ClosesAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public long Invitations { get; init; }

    public long Responses { get; init; }
}

/// <summary>Organisations as the admin pages and the API see them, always through an <see cref="AccessScope"/>.</summary>
public sealed class AdminOrganisationStore(Db db)
{
    private const string Columns = """
        o.id, o.slug, o.name, o.time_zone, o.language, o.pulse_cron, o.close_after_days, o.reminder_days,
        o.score_min_responses, o.text_min_responses, o.anonymity_frozen_at, o.benchmark_opt_in, o.created_at, o.mail_from_name, o.mail_from_address
        """;

    public async Task<IReadOnlyList<Organisation>> ListAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Organisation>(new CommandDefinition(
            $"SELECT {Columns} FROM organisation o WHERE {AccessScope.Condition} ORDER BY o.name",
            scope.Parameters, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<Organisation?> FindAsync(AccessScope scope, string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("slug", slug);
        return await connection.QuerySingleOrDefaultAsync<Organisation>(new CommandDefinition(
            $"SELECT {Columns} FROM organisation o WHERE o.slug = @slug AND {AccessScope.Condition}",
            parameters, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Saves the settings; the anonymity thresholds only while they are not frozen. The freeze is
    /// re-checked in the UPDATE itself, so a wave opening meanwhile still wins.
    /// </summary>
    public async Task UpdateAsync(long organisationId, OrganisationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _ = new AnonymityThresholds(settings.ScoreMinResponses, settings.TextMinResponses);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE organisation
            SET name = @Name, time_zone = @TimeZone, language = @Language, pulse_cron = @PulseCron, benchmark_opt_in = @BenchmarkOptIn,
                mail_from_name = @MailFromName, mail_from_address = @MailFromAddress,
                score_min_responses = CASE WHEN anonymity_frozen_at IS NULL THEN @ScoreMinResponses ELSE score_min_responses END,
                text_min_responses = CASE WHEN anonymity_frozen_at IS NULL THEN @TextMinResponses ELSE text_min_responses END
            WHERE id = @organisationId
            """, new
        {
            organisationId,
            settings.Name,
            settings.TimeZone,
            settings.Language,
            settings.PulseCron,
            settings.ScoreMinResponses,
            settings.TextMinResponses,
            settings.BenchmarkOptIn,
            settings.MailFromName,
            settings.MailFromAddress,
        }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<OrganisationManager>> ManagersAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<OrganisationManager>(new CommandDefinition(
            "SELECT id, email, display_name, language FROM organisation_manager WHERE organisation_id = @organisationId ORDER BY email",
            new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <returns>False when the e-mail already receives this organisation's report.</returns>
    public async Task<bool> AddManagerAsync(long organisationId, string email, string displayName, string language, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            db.Dialect.InsertIgnoringDuplicates("organisation_manager", "organisation_id, email, display_name, language",
                "@organisationId, @email, @displayName, @language", "organisation_id, email"),
            new { organisationId, email = email.Trim().ToLowerInvariant(), displayName, language }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task RemoveManagerAsync(long organisationId, long managerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM organisation_manager WHERE id = @managerId AND organisation_id = @organisationId",
            new { organisationId, managerId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<WaveSummary>> WavesAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<WaveSummary>(new CommandDefinition($"""
            SELECT w.id, {WaveNumber.Sql} AS number, w.opens_at, w.closes_at, w.closed_at,
                   (SELECT COUNT(*) FROM invitation i WHERE i.wave_id = w.id) AS invitations,
                   (SELECT COUNT(*) FROM response r WHERE r.wave_id = w.id) AS responses
            FROM wave w WHERE w.organisation_id = @organisationId ORDER BY w.opens_at DESC, w.id DESC
            """, new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Whether the wave exists and is this organisation's.</summary>
    public async Task<bool> HasWaveAsync(long organisationId, long waveId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM wave WHERE id = @waveId AND organisation_id = @organisationId",
            new { waveId, organisationId }, cancellationToken: cancellationToken)) > 0;
    }
}
