using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Pulses;

/// <summary>The steps of a wave that can fail on their own and are retried: its mail and its analysis.</summary>
public static class WaveStep
{
    public const string Mail = "mail";
    public const string Analysis = "analysis";
}

/// <summary>A failed step of a wave, as wave list and the dashboard show it.</summary>
public sealed record WaveProblem
{
    public long WaveId { get; init; }

    public required string Step { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset FailedAt { get; init; }

    public required string Reason { get; init; }
}

/// <summary>
/// Failed wave steps, one row per wave and step, counting the attempts; a success deletes the row. A
/// reason is an exception's type and message from the job, never a recipient or an answer.
/// </summary>
public sealed class WaveProblemStore(Db db, TimeProvider clock)
{
    public const int MaxReasonLength = 400;

    /// <summary>Records one more failed attempt; returns how many there have been.</summary>
    public async Task<int> RecordAsync(long waveId, string step, string reason, CancellationToken cancellationToken = default)
    {
        var values = new { waveId, step, reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason, now = clock.GetUtcNow() };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            db.Dialect.InsertIgnoringDuplicates("wave_problem", "wave_id, step, attempts, failed_at, reason", "@waveId, @step, 0, @now, @reason", "wave_id, step"),
            values, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE wave_problem SET attempts = attempts + 1, failed_at = @now, reason = @reason WHERE wave_id = @waveId AND step = @step
            """, values, transaction, cancellationToken: cancellationToken));
        var attempts = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT attempts FROM wave_problem WHERE wave_id = @waveId AND step = @step", values, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return attempts;
    }

    public async Task ClearAsync(long waveId, string step, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM wave_problem WHERE wave_id = @waveId AND step = @step", new { waveId, step }, cancellationToken: cancellationToken));
    }

    /// <summary>The organisation's failed steps, newest wave first.</summary>
    public async Task<IReadOnlyList<WaveProblem>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<WaveProblem>(new CommandDefinition("""
            SELECT p.wave_id, p.step, p.attempts, p.failed_at, p.reason
            FROM wave_problem p JOIN wave w ON w.id = p.wave_id
            WHERE w.organisation_id = @organisationId
            ORDER BY w.opens_at DESC, p.step
            """, new { organisationId }, cancellationToken: cancellationToken))).AsList();
    }
}
