using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Admin;

public sealed record ApiKey
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>API keys per organisation. Only the SHA-256 hash of a key is stored; the key itself is shown once.</summary>
public sealed class ApiKeyStore(Db db, TimeProvider clock)
{
    public async Task CreateAsync(long organisationId, string name, byte[] keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO api_key (organisation_id, name, key_hash, created_at) VALUES (@organisationId, @name, @keyHash, @now)
            """, new { organisationId, name, keyHash, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ApiKey>(new CommandDefinition(
            "SELECT id, name, created_at, revoked_at FROM api_key WHERE organisation_id = @organisationId ORDER BY created_at DESC",
            new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task RevokeAsync(long organisationId, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_key SET revoked_at = @now WHERE id = @id AND organisation_id = @organisationId AND revoked_at IS NULL",
            new { id, organisationId, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>The organisation a valid, unrevoked key belongs to.</summary>
    public async Task<long?> OrganisationOfAsync(byte[] keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT organisation_id FROM api_key WHERE key_hash = @keyHash AND revoked_at IS NULL",
            new { keyHash }, cancellationToken: cancellationToken));
    }
}
