using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Participants;

public sealed record ParticipantChange(string DisplayName, string Side, string? Tandem, string Language, bool Active);

/// <summary>A participant's personal data for a GDPR access request (Art. 15).</summary>
public sealed record ParticipantExport(
    string Email, string DisplayName, string Side, string? Tandem, string Language, bool Active,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<ParticipantMail> Mails);

/// <summary>
/// An invitation mail sent to the person. Whether the survey was answered is deliberately absent, and
/// so are reminders: they go to non-responders only, so an admin handling the request would learn
/// from them whether one named person answered (docs/anonymity.md).
/// </summary>
public sealed record ParticipantMail
{
    public DateTimeOffset WaveOpensAt { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }
}

/// <summary>Edits of single participants; every statement is limited to the given organisation.</summary>
public sealed class ParticipantAdminStore(Db db, TimeProvider clock)
{
    public async Task<Participant?> FindAsync(long organisationId, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Participant>(new CommandDefinition("""
            SELECT p.id, p.email, p.display_name, p.side, p.tandem_id, t.name AS tandem, p.language, p.active
            FROM participant p LEFT JOIN tandem t ON t.id = p.tandem_id
            WHERE p.id = @id AND p.organisation_id = @organisationId
            """, new { organisationId, id }, cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(long organisationId, long id, ParticipantChange change, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long? tandemId = null;
        if (change.Tandem is { Length: > 0 } tandem)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                db.Dialect.InsertIgnoringDuplicates("tandem", "organisation_id, name", "@organisationId, @tandem", "organisation_id, name"),
                new { organisationId, tandem }, transaction, cancellationToken: cancellationToken));
            tandemId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM tandem WHERE organisation_id = @organisationId AND name = @tandem",
                new { organisationId, tandem }, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE participant
            SET display_name = @DisplayName, side = @Side, tandem_id = @tandemId, language = @Language, active = @Active, updated_at = @now
            WHERE id = @id AND organisation_id = @organisationId
            """, new { organisationId, id, change.DisplayName, change.Side, tandemId, change.Language, change.Active, now = clock.GetUtcNow() },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// GDPR erasure: the invitations forget the person (their side stays for response rates), and so do the
    /// measures they own, then the participant row with e-mail and name is deleted. Responses never named anyone, so they stay.
    /// </summary>
    public async Task<bool> EraseAsync(long organisationId, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A measure they own keeps the name as recorded, no longer the link to the person.
        foreach (var sql in (string[])[
            "UPDATE invitation SET participant_id = NULL WHERE participant_id IN (SELECT id FROM participant WHERE id = @id AND organisation_id = @organisationId)",
            "UPDATE measure SET owner_inside_id = NULL WHERE owner_inside_id IN (SELECT id FROM participant WHERE id = @id AND organisation_id = @organisationId)",
            "UPDATE measure SET owner_field_id = NULL WHERE owner_field_id IN (SELECT id FROM participant WHERE id = @id AND organisation_id = @organisationId)",
            "DELETE FROM measure_owner_mail WHERE participant_id IN (SELECT id FROM participant WHERE id = @id AND organisation_id = @organisationId)"])
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new { organisationId, id }, transaction, cancellationToken: cancellationToken));
        }

        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM participant WHERE id = @id AND organisation_id = @organisationId",
            new { organisationId, id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return deleted == 1;
    }

    public async Task<ParticipantExport?> ExportAsync(long organisationId, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var person = await connection.QuerySingleOrDefaultAsync<ExportRow>(new CommandDefinition("""
            SELECT p.email, p.display_name, p.side, t.name AS tandem, p.language, p.active, p.created_at, p.updated_at
            FROM participant p LEFT JOIN tandem t ON t.id = p.tandem_id
            WHERE p.id = @id AND p.organisation_id = @organisationId
            """, new { organisationId, id }, cancellationToken: cancellationToken));
        if (person is null)
        {
            return null;
        }

        var mails = await connection.QueryAsync<ParticipantMail>(new CommandDefinition("""
            SELECT w.opens_at AS wave_opens_at, d.kind, d.accepted_at
            FROM invitation i JOIN wave w ON w.id = i.wave_id JOIN mail_delivery d ON d.invitation_id = i.id
            WHERE i.participant_id = @id AND d.kind = @invite
            ORDER BY d.accepted_at
            """, new { id, invite = MailKind.Invite }, cancellationToken: cancellationToken));
        return new ParticipantExport(person.Email, person.DisplayName, person.Side, person.Tandem, person.Language, person.Active,
            person.CreatedAt, person.UpdatedAt, mails.AsList());
    }

    private sealed record ExportRow
    {
        public required string Email { get; init; }

        public required string DisplayName { get; init; }

        public required string Side { get; init; }

        public string? Tandem { get; init; }

        public required string Language { get; init; }

        public bool Active { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }
    }
}
