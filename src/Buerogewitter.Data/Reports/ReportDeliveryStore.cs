using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Reports;

public sealed record Manager
{
    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Language { get; init; }
}

/// <summary>Who receives an organisation's monthly report, and who already got this month's.</summary>
public sealed class ReportDeliveryStore(Db db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Manager>> PendingAsync(long organisationId, string month, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var managers = await connection.QueryAsync<Manager>(new CommandDefinition("""
            SELECT m.email, m.display_name, m.language FROM organisation_manager m
            WHERE m.organisation_id = @organisationId
              AND NOT EXISTS (SELECT 1 FROM report_delivery d
                              WHERE d.organisation_id = m.organisation_id AND d.month = @month AND d.email = m.email)
            ORDER BY m.email
            """, new { organisationId, month }, cancellationToken: cancellationToken));
        return managers.AsList();
    }

    public async Task RecordAsync(long organisationId, string month, string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            db.Dialect.InsertIgnoringDuplicates("report_delivery", "organisation_id, month, email, accepted_at",
                "@organisationId, @month, @email, @now", "organisation_id, month, email"),
            new { organisationId, month, email, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }
}
