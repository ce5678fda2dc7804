using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Analysis;
using Hangfire;
using Hangfire.Server;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Mail of one wave is sent by one worker at a time, whichever server it runs on: two workers taking
/// the same pending participants would each issue a token and the first link would die.
/// </summary>
public sealed class WaveMailLock(JobStorage storage)
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

/// <summary>The recurring pulse of an organisation: opens the wave of this occurrence, creates its invitations and starts its mail.</summary>
public sealed class OpenWaveJob(OrganisationStore organisations, WaveStore waves, PulseMailer mailer, IBackgroundJobClient jobs)
{
    public async Task RunAsync(long organisationId, PerformContext? context)
    {
        var organisation = await organisations.FindAsync(organisationId)
            ?? throw new InvalidOperationException($"organisation {organisationId} no longer exists");
        // The occurrence is the job's creation minute: a retry is the same background job, so it finds
        // the wave its first attempt made instead of making a second one.
        var created = context?.BackgroundJob.CreatedAt ?? DateTime.UtcNow;
        var occurrence = new DateTimeOffset(created.Ticks - (created.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var result = await waves.OpenAsync(organisation, occurrence);
        if (result.Outcome is not (WaveOpenOutcome.Opened or WaveOpenOutcome.AlreadyOpenedForThisOccurrence))
        {
            // Not retried: another open wave or a missing template is not fixed by trying again.
            return;
        }

        var wave = result.Wave!;
        await mailer.CreateInvitationsAsync(wave, CancellationToken.None);
        jobs.Enqueue<SendInvitationsJob>(j => j.RunAsync(wave.Id, 0, CancellationToken.None));
        foreach (var at in new[] { wave.Reminder1At, wave.Reminder2At }.OfType<DateTimeOffset>())
        {
            jobs.Schedule<RemindJob>(j => j.RunAsync(wave.Id, CancellationToken.None), at);
        }

        jobs.Schedule<CloseWaveJob>(j => j.RunAsync(wave.Id), wave.ClosesAt);
    }
}

/// <summary>
/// Sends one batch of a wave's invitations after an invitation id and queues the next batch while some
/// are pending. A retry starts after the same id, so it finds whatever its first attempt left.
/// Hangfire passes its shutdown token: a stopping server ends the batch between two mails and requeues it.
/// </summary>
public sealed class SendInvitationsJob(WaveStore waves, PulseMailer mailer, WaveMailLock mailLock, IBackgroundJobClient jobs)
{
    public async Task RunAsync(long waveId, long afterInvitationId, CancellationToken cancellationToken)
    {
        if (await waves.FindAsync(waveId, cancellationToken) is not { } wave)
        {
            return;
        }

        int sent;
        long last;
        using (mailLock.Acquire(waveId))
        {
            (sent, last) = await mailer.SendBatchAsync(wave, MailKind.Invite, afterInvitationId, cancellationToken);
        }

        if (sent == PulseMailer.BatchSize)
        {
            jobs.Enqueue<SendInvitationsJob>(j => j.RunAsync(waveId, last, CancellationToken.None));
        }
    }
}

/// <summary>Sends invitations still pending and the reminder round that is due; nothing after close.</summary>
public sealed class RemindJob(WaveStore waves, PulseMailer mailer, WaveMailLock mailLock)
{
    public async Task RunAsync(long waveId, CancellationToken cancellationToken)
    {
        if (await waves.FindAsync(waveId, cancellationToken) is not { } wave)
        {
            return;
        }

        using (mailLock.Acquire(waveId))
        {
            await mailer.RemindAsync(wave, force: false, cancellationToken);
        }
    }
}

/// <summary>Closes the wave once, forgets who was reminded and who answered, and hands it to the analysis.</summary>
public sealed class CloseWaveJob(WaveStore waves, InvitationStore invitations, IBackgroundJobClient jobs)
{
    public async Task RunAsync(long waveId)
    {
        var closed = await waves.CloseAsync(waveId);
        await invitations.ReduceAfterCloseAsync(waveId);
        if (closed)
        {
            jobs.Enqueue<AnalyseWaveJob>(job => job.RunAsync(waveId));
        }
    }
}

/// <summary>Analyses a closed wave; a retry stores the same result, as the analysis is seeded by the wave.</summary>
public sealed class AnalyseWaveJob(WaveAnalysis analysis)
{
    public Task RunAsync(long waveId) => analysis.RunAsync(waveId);
}
