using Buerogewitter.Core.Organisations;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Mail;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// The one path of a wave: open, remind, close, analyse. The verbs and the Hangfire jobs only adapt it.
/// When a wave is reminded and closed is kept in its row (reminder and closing times), not in scheduled
/// jobs, so a wave opened by <c>wave open</c> is reminded, closed and analysed by the minute tick
/// (<see cref="AdvanceAsync"/>) exactly as a wave the pulse schedule opened.
/// A failed mail or analysis is recorded on the wave (<see cref="WaveProblemStore"/>) for wave list and
/// the dashboard; an analysis is tried <see cref="AnalysisAttempts"/> times by the tick, then waits for
/// <c>wave analyse</c>. Log lines carry ids and counts only, never a person or an answer.
/// </summary>
public sealed partial class WaveLifecycle(
    WaveStore waves,
    InvitationStore invitations,
    PulseMailer mailer,
    IWaveMailLock mailLock,
    WaveAnalysis analysis,
    WaveProblemStore problems,
    TimeProvider clock,
    ILogger<WaveLifecycle> logger)
{
    public const int AnalysisAttempts = 3;

    /// <summary>
    /// Opens the wave of an occurrence and creates its invitations; the caller sends them (the verb at
    /// once, the job in batches). A retried occurrence finds the wave its first attempt made.
    /// </summary>
    public async Task<WaveOpenResult> OpenAsync(Organisation organisation, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var result = await waves.OpenAsync(organisation, occurrence, cancellationToken);
        if (result.Outcome is WaveOpenOutcome.Opened or WaveOpenOutcome.AlreadyOpenedForThisOccurrence)
        {
            var created = await mailer.CreateInvitationsAsync(result.Wave!, cancellationToken);
            if (result.Outcome == WaveOpenOutcome.Opened)
            {
                LogOpened(result.Wave!.Id, organisation.Slug, created);
            }
        }

        return result;
    }

    /// <summary>One batch of invitations after an invitation id (see <see cref="PulseMailer.SendBatchAsync"/>).</summary>
    public async Task<(int Sent, long Last)> SendInvitationsAsync(Wave wave, long afterInvitationId, CancellationToken cancellationToken)
    {
        var result = await MailAsync(wave, () => mailer.SendBatchAsync(wave, MailKind.Invite, afterInvitationId, cancellationToken), cancellationToken);
        if (result.Sent > 0)
        {
            LogInvited(wave.Id, result.Sent);
        }

        return result;
    }

    /// <summary>Every pending invitation, batch after batch.</summary>
    public async Task<int> SendAllInvitationsAsync(Wave wave, CancellationToken cancellationToken)
    {
        var sent = await MailAsync(wave, () => mailer.SendAllAsync(wave, MailKind.Invite, cancellationToken), cancellationToken);
        if (sent > 0)
        {
            LogInvited(wave.Id, sent);
        }

        return sent;
    }

    /// <summary>Pending invitations, then the reminder round that is due (or, forced, the next one).</summary>
    public async Task<(int Invites, string? Round, int Reminders)> RemindAsync(Wave wave, bool force, CancellationToken cancellationToken)
    {
        var result = await MailAsync(wave, () => mailer.RemindAsync(wave, force, cancellationToken), cancellationToken);
        if (result.Reminders + result.Invites > 0)
        {
            LogReminded(wave.Id, result.Reminders, result.Round ?? "none", result.Invites);
        }

        return result;
    }

    /// <summary>
    /// Closes the wave (once: a second call changes nothing and returns false) and runs what follows a
    /// close, in order, ending with the analysis. <see cref="WaveClose.AnalysisProblem"/> is null when the
    /// analysis was stored.
    /// </summary>
    public async Task<WaveClose> CloseAsync(long waveId, CancellationToken cancellationToken)
    {
        var closed = await waves.CloseAsync(waveId, cancellationToken);
        // Once closed, nobody is reminded again: the per-person send records are cut to what idempotent
        // sending needs, so they no longer tell who answered. Repeating it changes nothing, so a close that
        // crashed before this line is mended by the next call.
        await invitations.ReduceAfterCloseAsync(waveId, cancellationToken);
        if (!closed)
        {
            return new WaveClose(Closed: false, AnalysisProblem: null);
        }

        var (record, problem) = await RunAnalysisAsync(waveId, cancellationToken);
        if (record is not null)
        {
            LogClosedAndAnalysed(waveId, record.Answers.Count, record.Themes.Count);
        }

        return new WaveClose(Closed: true, problem);
    }

    /// <summary>Analyses a closed wave and stores the result; returns null, or the reason it failed (recorded on the wave).</summary>
    public async Task<string?> AnalyseAsync(long waveId, CancellationToken cancellationToken)
    {
        var (record, problem) = await RunAnalysisAsync(waveId, cancellationToken);
        if (record is not null)
        {
            LogAnalysed(waveId, record.Answers.Count, record.Themes.Count);
        }

        return problem;
    }

    /// <summary>
    /// The minute tick of every wave of every organisation: the reminder round that has come and still has
    /// mail to send, waves past their closing time, and closed waves whose analysis is missing.
    /// </summary>
    public async Task AdvanceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var wave in await waves.RemindersDueAsync(now, cancellationToken))
        {
            if (wave.ReminderRound(now, await invitations.RoundsSentAsync(wave.Id, cancellationToken), force: false) is { } round
                && (await invitations.PendingAsync(wave.Id, round, 0, 1, cancellationToken)).Count > 0)
            {
                try
                {
                    await RemindAsync(wave, force: false, cancellationToken);
                }
                catch (Exception ex) when (MailProblems.IsMailServerProblem(ex))
                {
                    // Recorded on the wave; the next tick tries again, and the other waves go on meanwhile.
                }
            }
        }

        var closing = await waves.ClosingDueAsync(now, cancellationToken);
        foreach (var waveId in closing)
        {
            await CloseAsync(waveId, cancellationToken);
        }

        // A wave closed just now had its attempt; a failed one is tried again on the next tick.
        foreach (var waveId in (await waves.UnanalysedAsync(now, AnalysisAttempts, cancellationToken)).Except(closing))
        {
            await AnalyseAsync(waveId, cancellationToken);
        }
    }

    private async Task<(AnalysisRecord? Record, string? Problem)> RunAnalysisAsync(long waveId, CancellationToken cancellationToken)
    {
        try
        {
            var record = await analysis.RunAsync(waveId, cancellationToken);
            await problems.ClearAsync(waveId, WaveStep.Analysis, cancellationToken);
            return (record, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever went wrong (a database error, a model that would not train), the wave must show it.
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            var attempts = await problems.RecordAsync(waveId, WaveStep.Analysis, reason, CancellationToken.None);
            LogAnalysisFailed(ex, waveId, attempts);
            return (null, reason);
        }
    }

    /// <summary>Sends under the wave's mail lock; a mail server problem is recorded on the wave, a success clears it.</summary>
    private async Task<T> MailAsync<T>(Wave wave, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        T result;
        try
        {
            using (mailLock.Acquire(wave.Id))
            {
                result = await send();
            }
        }
        catch (Exception ex) when (MailProblems.IsMailServerProblem(ex))
        {
            var reason = MailProblems.Reason(ex);
            var attempts = await problems.RecordAsync(wave.Id, WaveStep.Mail, reason, CancellationToken.None);
            LogMailFailed(wave.Id, attempts, reason);
            throw;
        }

        await problems.ClearAsync(wave.Id, WaveStep.Mail, cancellationToken);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {WaveId} of {Organisation} opened with {Invitations} invitations")]
    private partial void LogOpened(long waveId, string organisation, int invitations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {WaveId}: {Invitations} invitations sent")]
    private partial void LogInvited(long waveId, int invitations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {WaveId}: {Reminders} reminders of round {Round} and {Invitations} late invitations sent")]
    private partial void LogReminded(long waveId, int reminders, string round, int invitations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {WaveId} closed and analysed: {Answers} answers, {Themes} themes")]
    private partial void LogClosedAndAnalysed(long waveId, int answers, int themes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {WaveId} analysed: {Answers} answers, {Themes} themes")]
    private partial void LogAnalysed(long waveId, int answers, int themes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Wave {WaveId}: analysis failed (attempt {Attempts})")]
    private partial void LogAnalysisFailed(Exception exception, long waveId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wave {WaveId}: the mail server did not take the mail (attempt {Attempts}, {Reason})")]
    private partial void LogMailFailed(long waveId, int attempts, string reason);
}

/// <summary>What <see cref="WaveLifecycle.CloseAsync"/> did: whether this call closed the wave, and why its analysis failed if it did.</summary>
public sealed record WaveClose(bool Closed, string? AnalysisProblem);
