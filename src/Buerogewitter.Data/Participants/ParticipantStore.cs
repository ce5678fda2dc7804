using System.Data.Common;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Participants;

/// <summary>A participant as the roster shows it. Properties, not a constructor: SQLite returns
/// every integer as Int64, which Dapper converts for setters but not for constructor arguments.</summary>
public sealed record Participant
{
    public long Id { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Side { get; init; }

    public long? TandemId { get; init; }

    public string? Tandem { get; init; }

    public required string Language { get; init; }

    public bool Active { get; init; }
}

public sealed record RosterImportSummary(int Created, int Updated, int Unchanged, int Deactivated);

public sealed class ParticipantStore(Db db, TimeProvider clock)
{
    private const string ListSql = """
        SELECT p.id, p.email, p.display_name, p.side, p.tandem_id, t.name AS tandem, p.language, p.active
        FROM participant p
        LEFT JOIN tandem t ON t.id = p.tandem_id
        WHERE p.organisation_id = @organisationId
        """;

    private const string ByEmail = " ORDER BY p.email";

    /// <summary>
    /// Writes a validated roster in one transaction: new e-mails are added, known ones updated, and
    /// with <paramref name="deactivateMissing"/> everyone not in the file is deactivated (never deleted:
    /// their invitations still count towards past response rates).
    /// </summary>
    public async Task<RosterImportSummary> ImportAsync(
        long organisationId, IReadOnlyList<RosterEntry> entries, bool deactivateMissing, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Two imports for one organisation queue behind this lock instead of racing on new e-mails.
        await connection.ExecuteAsync(new CommandDefinition(
            db.Dialect.SelectForUpdate("id", "organisation", "id = @organisationId"),
            new { organisationId }, transaction, cancellationToken: cancellationToken));
        var summary = await WriteAsync(connection, transaction, db.Dialect, organisationId, entries, deactivateMissing, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return summary;
    }

    /// <summary>The import's writes inside the caller's transaction; the demo seeder writes its roster through it too.</summary>
    internal static async Task<RosterImportSummary> WriteAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        long organisationId, IReadOnlyList<RosterEntry> entries, bool deactivateMissing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tandemIds = await EnsureTandemsAsync(connection, transaction, dialect, organisationId,
            entries.Select(e => e.Tandem).OfType<string>().Distinct(StringComparer.Ordinal), cancellationToken);

        var existing = (await connection.QueryAsync<Participant>(new CommandDefinition(ListSql + ByEmail,
            new { organisationId }, transaction, cancellationToken: cancellationToken))).AsList();
        var plan = RosterPlan.For(existing, entries, deactivateMissing);

        foreach (var (entry, change, _, participantId) in plan.Rows.Where(r => r.Change != RosterChange.Unchanged))
        {
            var row = new
            {
                organisationId,
                Id = participantId,
                entry.Email,
                DisplayName = entry.Name,
                Side = entry.Side.Code(),
                TandemId = entry.Tandem is null ? (long?)null : tandemIds[entry.Tandem],
                entry.Language,
                Active = true,
                Now = now,
            };
            await connection.ExecuteAsync(new CommandDefinition(change == RosterChange.New
                ? """
                  INSERT INTO participant (organisation_id, email, display_name, side, tandem_id, language, active, created_at, updated_at)
                  VALUES (@organisationId, @Email, @DisplayName, @Side, @TandemId, @Language, @Active, @Now, @Now)
                  """
                : """
                  UPDATE participant
                  SET display_name = @DisplayName, side = @Side, tandem_id = @TandemId, language = @Language,
                      active = @Active, updated_at = @Now
                  WHERE id = @Id
                  """, row, transaction, cancellationToken: cancellationToken));
        }

        foreach (var participant in plan.Deactivated)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE participant SET active = @Active, updated_at = @now WHERE id = @id",
                new { Active = false, now, id = participant.Id }, transaction, cancellationToken: cancellationToken));
        }

        return new RosterImportSummary(plan.Count(RosterChange.New), plan.Count(RosterChange.Changed), plan.Count(RosterChange.Unchanged), plan.Deactivated.Count);
    }

    /// <summary>What <see cref="ImportAsync"/> would do with these entries now, without writing anything.</summary>
    public async Task<RosterPlan> PlanAsync(
        long organisationId, IReadOnlyList<RosterEntry> entries, bool deactivateMissing, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var existing = await connection.QueryAsync<Participant>(new CommandDefinition(ListSql + ByEmail,
            new { organisationId }, cancellationToken: cancellationToken));
        return RosterPlan.For(existing.AsList(), entries, deactivateMissing);
    }

    public async Task<IReadOnlyList<Participant>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Participant>(new CommandDefinition(ListSql + ByEmail,
            new { organisationId }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>One page of the participants in e-mail order, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<Participant> Participants, int Total)> PageAsync(long organisationId, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        await using var connection = await db.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM participant WHERE organisation_id = @organisationId", new { organisationId }, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<Participant>(new CommandDefinition(ListSql + db.Dialect.OrderByPage("p.email", (page - 1) * pageSize, pageSize),
            new { organisationId }, cancellationToken: cancellationToken));
        return (rows.AsList(), (int)total);
    }

    private static async Task<Dictionary<string, long>> EnsureTandemsAsync(DbConnection connection, DbTransaction transaction,
        SqlDialect dialect, long organisationId, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                dialect.InsertIgnoringDuplicates("tandem", "organisation_id, name", "@organisationId, @name", "organisation_id, name"),
                new { organisationId, name }, transaction, cancellationToken: cancellationToken));
        }

        var rows = await connection.QueryAsync<(long Id, string Name)>(new CommandDefinition(
            "SELECT id, name FROM tandem WHERE organisation_id = @organisationId",
            new { organisationId }, transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Name, r => r.Id, StringComparer.Ordinal);
    }
}
