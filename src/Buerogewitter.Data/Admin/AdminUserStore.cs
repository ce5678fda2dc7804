using System.Data.Common;
using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Admin;

public static class AdminRoles
{
    public const string Administrator = "administrator";
    public const string Consultant = "consultant";
    public const string Manager = "manager";

    public static readonly IReadOnlyList<string> All = [Administrator, Consultant, Manager];
}

public sealed record AdminUser
{
    public long Id { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public string? PasswordHash { get; init; }

    public required string Role { get; init; }

    public bool Active { get; init; }
}

public sealed record NewAdminUser(string Email, string DisplayName, string? PasswordHash, string Role, IReadOnlyList<long> OrganisationIds);

public sealed class AdminUserStore(Db db, TimeProvider clock)
{
    private const string Columns = "id, email, display_name, password_hash, role, active";

    /// <summary>Whether an administrator exists; demo accounts (manager, consultant) do not count.</summary>
    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM admin_user WHERE role = @role", new { role = AdminRoles.Administrator }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<AdminUser?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AdminUser>(new CommandDefinition(
            $"SELECT {Columns} FROM admin_user WHERE email = @email", new { email = email.Trim().ToLowerInvariant() },
            cancellationToken: cancellationToken));
    }

    public async Task<AdminUser?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AdminUser>(new CommandDefinition(
            $"SELECT {Columns} FROM admin_user WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AdminUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<AdminUser>(new CommandDefinition(
            $"SELECT {Columns} FROM admin_user ORDER BY email", cancellationToken: cancellationToken))).AsList();
    }

    public async Task<long> CreateAsync(NewAdminUser user, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertAsync(connection, transaction, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>
    /// Creates the account, or gives an existing one with this e-mail the new password, role and organisations
    /// (and activates it), so that a rerun of <c>demo</c> leaves exactly the printed credentials valid.
    /// </summary>
    public async Task CreateOrResetAsync(NewAdminUser user, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var values = new { Email = user.Email.Trim().ToLowerInvariant(), user.DisplayName, user.PasswordHash, user.Role };
        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM admin_user WHERE email = @Email", values, transaction, cancellationToken: cancellationToken));
        if (id is null)
        {
            await InsertAsync(connection, transaction, user, cancellationToken);
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE admin_user SET display_name = @DisplayName, password_hash = @PasswordHash, role = @Role, active = @active WHERE id = @id",
                new { values.DisplayName, values.PasswordHash, values.Role, active = true, id }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM admin_user_organisation WHERE admin_user_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
            await AssignAllAsync(connection, transaction, id.Value, user.OrganisationIds, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Which organisations each account is assigned to (administrators see all without assignments).</summary>
    public async Task<ILookup<long, long>> AssignmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long UserId, long OrganisationId)>(new CommandDefinition(
            "SELECT admin_user_id, organisation_id FROM admin_user_organisation", cancellationToken: cancellationToken));
        return rows.ToLookup(r => r.UserId, r => r.OrganisationId);
    }

    public async Task AssignAsync(long id, long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            db.Dialect.InsertIgnoringDuplicates("admin_user_organisation", "admin_user_id, organisation_id", "@id, @organisationId", "admin_user_id, organisation_id"),
            new { id, organisationId }, cancellationToken: cancellationToken));
    }

    public async Task UnassignAsync(long id, long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM admin_user_organisation WHERE admin_user_id = @id AND organisation_id = @organisationId",
            new { id, organisationId }, cancellationToken: cancellationToken));
    }

    public async Task SetActiveAsync(long id, bool active, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE admin_user SET active = @active WHERE id = @id", new { id, active }, cancellationToken: cancellationToken));
    }

    public async Task SetRoleAsync(long id, string role, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE admin_user SET role = @role WHERE id = @id", new { id, role }, cancellationToken: cancellationToken));
    }

    public async Task UpdatePasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE admin_user SET password_hash = @passwordHash WHERE id = @id",
            new { id, passwordHash }, cancellationToken: cancellationToken));
    }

    public async Task CreateSetupTokenAsync(byte[] tokenHash, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO admin_setup_token (token_hash, expires_at, created_at) VALUES (@tokenHash, @expiresAt, @now)
            """, new { tokenHash, expiresAt = now + validFor, now }, cancellationToken: cancellationToken));
    }

    public async Task<bool> SetupTokenIsValidAsync(byte[] tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT COUNT(*) FROM admin_setup_token WHERE token_hash = @tokenHash AND used_at IS NULL AND expires_at > @now
            """, new { tokenHash, now = clock.GetUtcNow() }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Uses a setup link and creates the first administrator in one transaction; the conditional
    /// update makes the link single-use even when it is submitted twice at once.
    /// </summary>
    public async Task<long?> CompleteSetupAsync(byte[] tokenHash, NewAdminUser administrator, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE admin_setup_token SET used_at = @now
            WHERE token_hash = @tokenHash AND used_at IS NULL AND expires_at > @now
            """, new { tokenHash, now }, transaction, cancellationToken: cancellationToken));
        if (claimed != 1)
        {
            return null;
        }

        var id = await InsertAsync(connection, transaction, administrator with { Role = AdminRoles.Administrator }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Whether a reset link for the account was made within <paramref name="within"/>.</summary>
    public async Task<bool> PasswordResetMadeWithinAsync(long userId, TimeSpan within, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM password_reset_token WHERE admin_user_id = @userId AND created_at > @since",
            new { userId, since = clock.GetUtcNow() - within }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task CreatePasswordResetAsync(long userId, byte[] tokenHash, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO password_reset_token (admin_user_id, token_hash, expires_at, created_at) VALUES (@userId, @tokenHash, @expiresAt, @now)
            """, new { userId, tokenHash, expiresAt = now + validFor, now }, cancellationToken: cancellationToken));
    }

    /// <summary>The active account an unused, unexpired reset link belongs to, or null.</summary>
    public async Task<AdminUser?> PasswordResetUserAsync(byte[] tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // token_hash is unique, so the subquery names at most one account.
        return await connection.QuerySingleOrDefaultAsync<AdminUser>(new CommandDefinition($"""
            SELECT {Columns} FROM admin_user
            WHERE active = @active AND id = (SELECT admin_user_id FROM password_reset_token
                                            WHERE token_hash = @tokenHash AND used_at IS NULL AND expires_at > @now)
            """, new { tokenHash, now = clock.GetUtcNow(), active = true }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Uses a reset link and sets the password in one transaction. The conditional update makes the link
    /// single-use even when it is submitted twice at once; the account's other open links die with it, and
    /// a lockout ends, because whoever holds the link holds the mailbox.
    /// </summary>
    public async Task<bool> CompletePasswordResetAsync(byte[] tokenHash, long userId, string passwordHash, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE password_reset_token SET used_at = @now
            WHERE token_hash = @tokenHash AND admin_user_id = @userId AND used_at IS NULL AND expires_at > @now
            """, new { tokenHash, userId, now }, transaction, cancellationToken: cancellationToken));
        if (claimed != 1)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE password_reset_token SET used_at = @now WHERE admin_user_id = @userId AND used_at IS NULL",
            new { userId, now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE admin_user SET password_hash = @passwordHash WHERE id = @userId",
            new { userId, passwordHash }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, NewAdminUser user, CancellationToken cancellationToken)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            INSERT INTO admin_user (email, display_name, password_hash, role, active, created_at){db.Dialect.OutputInsertedId}
            VALUES (@Email, @DisplayName, @PasswordHash, @Role, @Active, @Now){db.Dialect.ReturningId}
            """, new { Email = user.Email.Trim().ToLowerInvariant(), user.DisplayName, user.PasswordHash, user.Role, Active = true, Now = clock.GetUtcNow() },
            transaction, cancellationToken: cancellationToken));
        await AssignAllAsync(connection, transaction, id, user.OrganisationIds, cancellationToken);
        return id;
    }

    private static async Task AssignAllAsync(DbConnection connection, DbTransaction transaction, long id, IReadOnlyList<long> organisationIds,
        CancellationToken cancellationToken)
    {
        foreach (var organisationId in organisationIds.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO admin_user_organisation (admin_user_id, organisation_id) VALUES (@id, @organisationId)",
                new { id, organisationId }, transaction, cancellationToken: cancellationToken));
        }
    }
}
