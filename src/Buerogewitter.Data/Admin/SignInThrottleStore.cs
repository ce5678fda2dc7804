using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Admin;

/// <summary>How many failures a subject may have in <see cref="Window"/> before it is blocked for that long.</summary>
public sealed record ThrottleLimit(int MaxFailures, TimeSpan Window);

/// <summary>
/// Counts failed sign-ins per subject (an e-mail, a client address, a device), in the database so that
/// every instance behind a load balancer counts the same. Subjects arrive hashed; what they stand for
/// is the caller's business.
/// </summary>
public sealed class SignInThrottleStore(Db db, TimeProvider clock)
{
    /// <summary>Whether any of the subjects is blocked now.</summary>
    public async Task<bool> AnyBlockedAsync(IReadOnlyList<byte[]> subjects, CancellationToken cancellationToken = default)
    {
        var (list, parameters) = Subjects(subjects);
        parameters.Add("now", clock.GetUtcNow());
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM sign_in_throttle WHERE subject IN ({list}) AND blocked_until > @now",
            parameters, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>
    /// Counts a failure against each subject. The count restarts when its window has passed; the failure
    /// that reaches the limit blocks the subject for one window and restarts the count.
    /// </summary>
    public async Task RecordFailureAsync(IReadOnlyList<(byte[] Subject, ThrottleLimit Limit)> subjects, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        foreach (var (subject, limit) in subjects)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                db.Dialect.InsertIgnoringDuplicates("sign_in_throttle", "subject, failures, window_started_at", "@subject, 0, @now", "subject"),
                new { subject, now }, cancellationToken: cancellationToken));
            // One statement, so concurrent failures cannot both read the old count.
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE sign_in_throttle
                SET blocked_until = CASE WHEN window_started_at > @windowStart AND failures + 1 >= @MaxFailures THEN @blockedUntil ELSE blocked_until END,
                    failures = CASE WHEN window_started_at <= @windowStart THEN 1
                                    WHEN failures + 1 >= @MaxFailures THEN 0 ELSE failures + 1 END,
                    window_started_at = CASE WHEN window_started_at <= @windowStart OR failures + 1 >= @MaxFailures THEN @now ELSE window_started_at END
                WHERE subject = @subject
                """, new { subject, now, limit.MaxFailures, windowStart = now - limit.Window, blockedUntil = now + limit.Window },
                cancellationToken: cancellationToken));
        }
    }

    /// <summary>Forgets the subjects' failures, e.g. after a successful sign-in.</summary>
    public async Task ClearAsync(IReadOnlyList<byte[]> subjects, CancellationToken cancellationToken = default)
    {
        var (list, parameters) = Subjects(subjects);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM sign_in_throttle WHERE subject IN ({list})", parameters, cancellationToken: cancellationToken));
    }

    // Dapper's list expansion takes a byte[] for a list of bytes, so the parameters are named one by one.
    private static (string List, DynamicParameters Parameters) Subjects(IReadOnlyList<byte[]> subjects)
    {
        var parameters = new DynamicParameters();
        for (var i = 0; i < subjects.Count; i++)
        {
            parameters.Add($"s{i}", subjects[i], System.Data.DbType.Binary);
        }

        return (string.Join(", ", subjects.Select((_, i) => $"@s{i}")), parameters);
    }
}
