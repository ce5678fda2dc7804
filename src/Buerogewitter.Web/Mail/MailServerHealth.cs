using Microsoft.Extensions.Diagnostics.HealthChecks;
using MimeKit;

namespace Buerogewitter.Web.Mail;

/// <summary>The last accepted and the last failed send of this process, for /health.</summary>
public sealed class MailServerHealth(MailSettings settings, TimeProvider clock) : IHealthCheck
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastSuccess;
    private (DateTimeOffset At, string Reason)? lastFailure;

    public void Succeeded()
    {
        lock (gate)
        {
            lastSuccess = clock.GetUtcNow();
        }
    }

    public void Failed(Exception exception)
    {
        lock (gate)
        {
            lastFailure = (clock.GetUtcNow(), MailProblems.Reason(exception));
        }
    }

    /// <summary>Degraded while the last send failed; the description names the server and the last failure.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        DateTimeOffset? success;
        (DateTimeOffset At, string Reason)? failure;
        lock (gate)
        {
            (success, failure) = (lastSuccess, lastFailure);
        }

        var target = string.IsNullOrWhiteSpace(settings.SmtpHost)
            ? $"pickup folder {settings.PickupFolder}"
            : $"smtp {settings.SmtpHost}:{settings.SmtpPort}";
        if (failure is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{target}; no failed send"));
        }

        var description = FormattableString.Invariant($"{target}; last send failure {last.At:u} ({last.Reason})");
        return Task.FromResult(success > last.At ? HealthCheckResult.Healthy($"{description}, sent since") : HealthCheckResult.Degraded(description));
    }
}

/// <summary>Tells <see cref="MailServerHealth"/> how each send went.</summary>
public sealed class WatchedMailSender(IMailSender inner, MailServerHealth health) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (MailProblems.IsMailServerProblem(ex))
        {
            health.Failed(ex);
            throw;
        }

        health.Succeeded();
    }
}
