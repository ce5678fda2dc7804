using System.Data.Common;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Surveys;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Surveys;
using Dapper;

namespace Buerogewitter.Data.Organisations;

public sealed record NewOrganisation(string Slug, string Name, string TimeZone, string Language);

/// <summary>
/// How a new organisation starts: a real one outside the benchmark and with thresholds still open; the demo's,
/// written with its past waves, inside the benchmark and frozen from the start.
/// </summary>
internal sealed record OrganisationCreation(DateTimeOffset CreatedAt, bool BenchmarkOptIn, DateTimeOffset? AnonymityFrozenAt);

public sealed class OrganisationStore(Db db, TimeProvider clock)
{
    private const string Columns = """
        id, slug, name, time_zone, language, pulse_cron, close_after_days, reminder_days,
        score_min_responses, text_min_responses, anonymity_frozen_at, benchmark_opt_in, created_at, mail_from_name, mail_from_address
        """;

    /// <summary>
    /// Creates the organisation with the default questionnaire (<see cref="DefaultQuestionnaire"/>), so
    /// that a strategy and a roster are all it needs before its first wave.
    /// </summary>
    public async Task<Organisation> CreateAsync(NewOrganisation organisation, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertAsync(connection, transaction, db.Dialect, organisation, new OrganisationCreation(now, BenchmarkOptIn: false, AnonymityFrozenAt: null), cancellationToken);
        await TemplateAdminStore.InsertAsync(connection, transaction, db.Dialect, id, DefaultQuestionnaire.Template, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>The organisation row with the default schedule and thresholds, inside the caller's transaction.</summary>
    internal static Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        NewOrganisation organisation, OrganisationCreation creation, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO organisation (slug, name, time_zone, language, pulse_cron, close_after_days, reminder_days,
                                      score_min_responses, text_min_responses, anonymity_frozen_at, benchmark_opt_in, created_at){dialect.OutputInsertedId}
            VALUES (@Slug, @Name, @TimeZone, @Language, @PulseCron, @CloseAfterDays, @ReminderDays,
                    @ScoreMinResponses, @TextMinResponses, @AnonymityFrozenAt, @BenchmarkOptIn, @CreatedAt){dialect.ReturningId}
            """,
            new
            {
                organisation.Slug,
                organisation.Name,
                organisation.TimeZone,
                organisation.Language,
                OrganisationDefaults.PulseCron,
                OrganisationDefaults.CloseAfterDays,
                OrganisationDefaults.ReminderDays,
                OrganisationDefaults.ScoreMinResponses,
                OrganisationDefaults.TextMinResponses,
                creation.AnonymityFrozenAt,
                creation.BenchmarkOptIn,
                creation.CreatedAt,
            },
            transaction, cancellationToken: cancellationToken));

    public async Task<Organisation?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Organisation>(new CommandDefinition(
            $"SELECT {Columns} FROM organisation WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken));
    }

    public async Task<Organisation?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Organisation>(new CommandDefinition(
            $"SELECT {Columns} FROM organisation WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Organisation>(new CommandDefinition(
            $"SELECT {Columns} FROM organisation ORDER BY slug", cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
