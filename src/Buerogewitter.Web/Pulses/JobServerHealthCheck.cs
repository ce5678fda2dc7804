using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Whether a job server (of any instance on the storage) is alive, and how many jobs failed for good.
/// A server heartbeats every 30 s; one silent for two minutes is gone.
/// </summary>
public sealed class JobServerHealthCheck(JobStorage storage) : IHealthCheck
{
    private static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        // Hangfire stamps heartbeats with the machine's clock, not the application's.
        var alive = monitoring.Servers().Count(s => s.Heartbeat is { } beat && DateTime.UtcNow - beat < Silence);
        var failed = monitoring.FailedCount();
        var description = FormattableString.Invariant($"{alive} server(s) alive, {failed} failed job(s) (see /hangfire)");
        return Task.FromResult(alive == 0 ? HealthCheckResult.Unhealthy(description)
            : failed > 0 ? HealthCheckResult.Degraded(description)
            : HealthCheckResult.Healthy(description));
    }
}
