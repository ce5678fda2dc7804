using System.Globalization;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Cli;
using Buerogewitter.Web.Mail;
using Buerogewitter.Web.Organisations;

namespace Buerogewitter.Web.Pulses;

public sealed class WaveOpenVerb : Verb
{
    public override string Name => "wave open";

    public override string Summary => "open a pulse wave now and send the invitations (refused while a wave is open)";

    public override IReadOnlyList<VerbOption> Options => [new("org", "SLUG", "the organisation", Required: true)];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var lifecycle = context.Service<WaveLifecycle>();
        var result = await lifecycle.OpenAsync(organisation, context.Service<TimeProvider>().GetUtcNow(), context.Cancellation);
        if (result.Outcome is WaveOpenOutcome.AnotherWaveIsOpen or WaveOpenOutcome.MissingSetup)
        {
            context.Error.WriteLine($"buerogewitter wave open: {result.Problem}");
            return CommandLine.Failure;
        }

        var wave = result.Wave!;
        context.Progress(string.Create(CultureInfo.InvariantCulture,
            $"wave {wave.Id} open until {wave.ClosesAt:u}, reminders and close follow by themselves while serve runs; sending the invitations…"));
        if (await MailFailures.TryAsync(context, organisation.Slug,
                () => lifecycle.SendAllInvitationsAsync(wave, context.Cancellation)) is not { } sent)
        {
            return CommandLine.Failure;
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wave {wave.Id} opened for {organisation.Slug}: {sent} invitations sent"));
        return CommandLine.Success;
    }
}

public sealed class WaveRemindVerb : Verb
{
    public override string Name => "wave remind";

    public override string Summary => "send pending invitations and the due reminder to those who have not answered";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation", Required: true),
        new("force", null, "send the next reminder round now, even before it is due"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var waves = context.Service<WaveStore>();
        var wave = await waves.CurrentAsync(organisation.Id, context.Cancellation);
        if (wave is null)
        {
            // Reminders never go out after close, not even forced: the link would open a closed survey.
            var all = await waves.ListAsync(organisation.Id, context.Cancellation);
            var latest = all.Count == 0 ? null : all[0];
            context.Error.WriteLine(latest is null
                ? $"buerogewitter wave remind: {organisation.Slug} has no open wave"
                : string.Create(CultureInfo.InvariantCulture,
                    $"buerogewitter wave remind: wave {latest.Id} of {organisation.Slug} closed at {latest.ClosedAt ?? latest.ClosesAt:u}; reminders go out only while a wave is open"));
            return CommandLine.Failure;
        }

        var force = context.Has("force");
        if (await MailFailures.TryAsync(context, organisation.Slug,
                () => context.Service<WaveLifecycle>().RemindAsync(wave, force, context.Cancellation)) is not var (invites, round, reminders))
        {
            return CommandLine.Failure;
        }

        var note = round is not null ? $" ({round})" : force ? " (both reminder rounds were already sent)" : " (no reminder due)";
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wave {wave.Id}: {invites} invitations, {reminders} reminders{note} sent"));
        return CommandLine.Success;
    }
}

public sealed class WaveCloseVerb : Verb
{
    public override string Name => "wave close";

    public override string Summary => "close the open wave now and analyse its answers: no more answers, no more reminders";

    public override IReadOnlyList<VerbOption> Options => [new("org", "SLUG", "the organisation", Required: true)];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var waves = context.Service<WaveStore>();
        var wave = await waves.CurrentAsync(organisation.Id, context.Cancellation);
        if (wave is null)
        {
            context.Error.WriteLine($"buerogewitter wave close: {organisation.Slug} has no open wave");
            return CommandLine.Failure;
        }

        context.Progress("closing and analysing its answers…");
        var closed = await context.Service<WaveLifecycle>().CloseAsync(wave.Id, context.Cancellation);
        if (!closed.Closed)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"buerogewitter wave close: wave {wave.Id} was closed meanwhile (by serve or another command), which also analyses it"));
            return CommandLine.Failure;
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wave {wave.Id} closed"));
        return AnalysisOutcome.Report(context, organisation.Slug, wave.Id, closed.AnalysisProblem);
    }
}

public sealed class WaveAnalyseVerb : Verb
{
    public override string Name => "wave analyse";

    public override string Summary => "analyse a closed wave again, e.g. after its analysis failed (wave list shows that)";

    public override IReadOnlyList<VerbOption> Options =>
    [
        new("org", "SLUG", "the organisation", Required: true),
        new("wave", "ID", "the wave (default: the latest closed one)"),
    ];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var now = context.Service<TimeProvider>().GetUtcNow();
        var closed = (await context.Service<WaveStore>().ListAsync(organisation.Id, context.Cancellation)).Where(w => !w.IsOpenAt(now)).ToList();
        var wanted = context.GetInt("wave", 1, int.MaxValue);
        var wave = (wanted is { } id ? closed.FirstOrDefault(w => w.Id == id) : closed.FirstOrDefault())
            ?? throw new UsageException(wanted is { } missing
                ? $"{organisation.Slug} has no closed wave {missing} (see buerogewitter wave list --org {organisation.Slug})"
                : $"{organisation.Slug} has no closed wave yet");
        context.Progress($"analysing wave {wave.Id}…");
        return AnalysisOutcome.Report(context, organisation.Slug, wave.Id, await context.Service<WaveLifecycle>().AnalyseAsync(wave.Id, context.Cancellation));
    }
}

/// <summary>
/// Every closed wave analysed again with the current engine, oldest first because a wave's themes continue the
/// previous wave's: after an upgrade, history and new waves are computed alike.
/// </summary>
public sealed class ReanalyseVerb : Verb
{
    public override string Name => "reanalyse";

    public override string Summary => "analyse every closed wave again with the current engine, oldest first, so history and new waves compare alike";

    public override IReadOnlyList<VerbOption> Options => [new("org", "SLUG", "the organisation", Required: true)];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var now = context.Service<TimeProvider>().GetUtcNow();
        var closed = (await context.Service<WaveStore>().ListAsync(organisation.Id, context.Cancellation))
            .Where(w => !w.IsOpenAt(now)).OrderBy(w => w.OpensAt).ThenBy(w => w.Id).ToList();
        var lifecycle = context.Service<WaveLifecycle>();
        var failed = 0;
        for (var i = 0; i < closed.Count; i++)
        {
            context.Progress(string.Create(CultureInfo.InvariantCulture, $"analysing wave {closed[i].Id} ({i + 1} of {closed.Count})…"));
            if (AnalysisOutcome.Report(context, organisation.Slug, closed[i].Id,
                    await lifecycle.AnalyseAsync(closed[i].Id, context.Cancellation)) != CommandLine.Success)
            {
                failed++;
            }
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{closed.Count - failed} of {closed.Count} closed wave(s) of {organisation.Slug} analysed with {WaveAnalysis.Engine}"));
        return failed == 0 ? CommandLine.Success : CommandLine.Failure;
    }
}

public sealed class WaveListVerb : Verb
{
    public override string Name => "wave list";

    public override string Summary => "list the waves with invitations, responses and response rate per side";

    public override IReadOnlyList<VerbOption> Options => [new("org", "SLUG", "the organisation", Required: true)];

    public override async Task<int> RunAsync(VerbContext context)
    {
        var organisation = await context.RequireOrganisationAsync();
        var store = context.Service<WaveStore>();
        var waves = await store.ListAsync(organisation.Id, context.Cancellation);
        var counts = (await store.CountsAsync(organisation.Id, context.Cancellation)).ToLookup(c => c.WaveId);
        var problems = (await context.Service<WaveProblemStore>().ListAsync(organisation.Id, context.Cancellation)).ToLookup(p => p.WaveId);
        var now = context.Service<TimeProvider>().GetUtcNow();
        context.Out.WriteLine("wave  opens             closes            state   side    invited  answered  rate");
        foreach (var wave in waves)
        {
            var state = wave.IsOpenAt(now) ? "open" : "closed";
            var sides = counts[wave.Id].OrderBy(c => c.Side, StringComparer.Ordinal).ToList();
            if (sides.Count == 0)
            {
                context.Out.WriteLine(Row(wave, state, "-", 0, 0));
            }

            foreach (var side in sides)
            {
                context.Out.WriteLine(Row(wave, state, side.Side, side.Invitations, side.Responses));
            }

            foreach (var problem in problems[wave.Id])
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"      {problem.Step} failed {problem.Attempts} time(s), last at {problem.FailedAt:yyyy-MM-dd HH:mm}Z: {problem.Reason}; {Remedy(organisation.Slug, problem)}"));
            }
        }

        return CommandLine.Success;
    }

    private static string Remedy(string slug, WaveProblem problem) => problem.Step == WaveStep.Analysis
        ? string.Create(CultureInfo.InvariantCulture, $"retry with: buerogewitter wave analyse --org {slug} --wave {problem.WaveId}")
        : $"the rest goes out with the next reminder, or now with: buerogewitter wave remind --org {slug}";

    private static string Row(Wave wave, string state, string side, long invited, long answered) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{wave.Id,-5} {wave.OpensAt:yyyy-MM-dd HH:mm}Z {wave.ClosesAt:yyyy-MM-dd HH:mm}Z {state,-7} {side,-7} {invited,7}  {answered,8}  {(invited == 0 ? "-" : $"{(double)answered / invited:P0}"),4}");
}

internal static class AnalysisOutcome
{
    /// <summary>Prints the analysis's problem, if it had one, and gives the exit code.</summary>
    public static int Report(VerbContext context, string slug, long waveId, string? problem)
    {
        if (problem is null)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wave {waveId} analysed"));
            return CommandLine.Success;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"buerogewitter: the analysis of wave {waveId} failed ({problem}); retry with: buerogewitter wave analyse --org {slug} --wave {waveId}"));
        return CommandLine.Failure;
    }
}

internal static class MailFailures
{
    /// <summary>
    /// A mail server that is down or refuses is an expected condition, not a crash: what it accepted is
    /// recorded, and the rest goes out with the next <c>wave remind</c> (or the job's retry).
    /// </summary>
    public static async Task<T?> TryAsync<T>(VerbContext context, string slug, Func<Task<T>> send)
        where T : struct
    {
        try
        {
            return await send();
        }
        catch (Exception ex) when (MailProblems.IsMailServerProblem(ex))
        {
            context.Error.WriteLine($"buerogewitter: the mail server did not take all mails ({ex.GetType().Name}); " +
                $"what it accepted is recorded, send the rest with: buerogewitter wave remind --org {slug}");
            return null;
        }
    }
}
