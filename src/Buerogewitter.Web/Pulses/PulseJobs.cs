using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Hangfire;
using Hangfire.Server;
using Hangfire.Storage;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Mail of one wave is sent by one worker at a time, whichever server it runs on: two workers taking
/// the same pending participants would each issue a token and mail it, so people would get two mails.
/// </summary>
public interface IWaveMailLock
{
    IDisposable Acquire(long waveId);
}

/// <summary>
/// A verb is one process sending one wave's mail in order; it has no Hangfire storage to lock in (with
/// SQLite that storage is safe for one process only), so there is nothing to take.
/// </summary>
internal sealed class VerbWaveMailLock : IWaveMailLock
{
    public IDisposable Acquire(long waveId) => NoLock.Instance;

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}

/// <summary>The jobs' lock: a Hangfire distributed lock, held across every server on the storage.</summary>
public sealed class HangfireWaveMailLock(JobStorage storage) : IWaveMailLock
{
    public IDisposable Acquire(long waveId)
    {
        var connection = storage.GetConnection();
        return new Held(connection, connection.AcquireDistributedLock($"bg:wave-mail:{waveId}", TimeSpan.FromMinutes(10)));
    }

    private sealed class Held(IDisposable connection, IDisposable handle) : IDisposable
    {
        public void Dispose()
        {
            handle.Dispose();
            connection.Dispose();
        }
    }
}

/// <summary>The recurring pulse of an organisation: opens the wave of this occurrence and starts its mail.</summary>
public sealed class OpenWaveJob(OrganisationStore organisations, WaveLifecycle lifecycle, IBackgroundJobClient jobs)
{
    public async Task RunAsync(long organisationId, PerformContext? context)
    {
        // Deleted since the schedule was made: nothing to open; the next reconcile removes this job.
        if (await organisations.FindAsync(organisationId) is not { } organisation)
        {
            return;
        }

        // The occurrence is the job's creation minute: a retry is the same background job, so it finds
        // the wave its first attempt made instead of making a second one.
        var created = context?.BackgroundJob.CreatedAt ?? DateTime.UtcNow;
        var occurrence = new DateTimeOffset(created.Ticks - (created.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        // Another open wave or a missing setup is not fixed by trying again: no exception, no retry.
        var result = await lifecycle.OpenAsync(organisation, occurrence, CancellationToken.None);
        if (result.Outcome is WaveOpenOutcome.Opened or WaveOpenOutcome.AlreadyOpenedForThisOccurrence)
        {
            jobs.Enqueue<SendInvitationsJob>(j => j.RunAsync(result.Wave!.Id, 0, CancellationToken.None));
        }
    }
}

/// <summary>
/// Sends one batch of a wave's invitations after an invitation id and queues the next batch while some
/// are pending. A retry starts after the same id, so it finds whatever its first attempt left. After the
/// last retry the job fails for good (the wave shows the mail problem); the day-3 reminder run sends
/// what is still pending. Hangfire passes its shutdown token: a stopping server ends the batch between
/// two mails and requeues it.
/// </summary>
[AutomaticRetry(Attempts = 5)]
public sealed class SendInvitationsJob(WaveStore waves, WaveLifecycle lifecycle, IBackgroundJobClient jobs)
{
    public async Task RunAsync(long waveId, long afterInvitationId, CancellationToken cancellationToken)
    {
        if (await waves.FindAsync(waveId, cancellationToken) is not { } wave)
        {
            return;
        }

        var (sent, last) = await lifecycle.SendInvitationsAsync(wave, afterInvitationId, cancellationToken);
        if (sent == PulseMailer.BatchSize)
        {
            jobs.Enqueue<SendInvitationsJob>(j => j.RunAsync(waveId, last, CancellationToken.None));
        }
    }
}

/// <summary>
/// The minute tick (<see cref="WaveLifecycle.AdvanceAsync"/>). Not retried: the next minute is the retry.
/// A tick still busy (a long analysis) makes the next one skip instead of doing the same work twice.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class AdvanceWavesJob(WaveLifecycle lifecycle, JobStorage storage)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        IDisposable held;
        try
        {
            held = connection.AcquireDistributedLock("bg:waves-advance", TimeSpan.Zero);
        }
        catch (DistributedLockTimeoutException)
        {
            return;
        }

        using (held)
        {
            await lifecycle.AdvanceAsync(cancellationToken);
        }
    }
}
