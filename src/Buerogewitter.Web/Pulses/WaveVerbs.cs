using System.Globalization;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Cli;
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
        var result = await context.Service<WaveStore>().OpenAsync(
            organisation, context.Service<TimeProvider>().GetUtcNow(), context.Cancellation);
        if (result.Outcome is WaveOpenOutcome.AnotherWaveIsOpen or WaveOpenOutcome.MissingSetup)
        {
            context.Error.WriteLine($"buerogewitter wave open: {result.Problem}");
            return CommandLine.Failure;
        }

        var wave = result.Wave!;
        var mailer = context.Service<PulseMailer>();
        var created = await mailer.CreateInvitationsAsync(wave, context.Cancellation);
        context.Progress(string.Create(CultureInfo.InvariantCulture,
            $"wave {wave.Id} open until {wave.ClosesAt:u}: {created} invitations created; sending them…"));
        if (await MailFailures.TryAsync(context, organisation.Slug,
                () => mailer.SendAllAsync(wave, MailKind.Invite, context.Cancellation)) is not { } sent)
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
                () => context.Service<PulseMailer>().RemindAsync(wave, force, context.Cancellation)) is not var (invites, round, reminders))
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

    public override string Summary => "close the open wave: no more answers, no more reminders";

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

        await waves.CloseAsync(wave.Id, context.Cancellation);
        await context.Service<InvitationStore>().ReduceAfterCloseAsync(wave.Id, context.Cancellation);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wave {wave.Id} closed"));
        context.Progress("analysing its answers…");
        await context.Service<WaveAnalysis>().RunAsync(wave.Id, context.Cancellation);
        return CommandLine.Success;
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
        }

        return CommandLine.Success;
    }

    private static string Row(Wave wave, string state, string side, long invited, long answered) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{wave.Id,-5} {wave.OpensAt:yyyy-MM-dd HH:mm}Z {wave.ClosesAt:yyyy-MM-dd HH:mm}Z {state,-7} {side,-7} {invited,7}  {answered,8}  {(invited == 0 ? "-" : $"{(double)answered / invited:P0}"),4}");
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
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException)
        {
            context.Error.WriteLine($"buerogewitter: the mail server did not take all mails ({ex.GetType().Name}); " +
                $"what it accepted is recorded, send the rest with: buerogewitter wave remind --org {slug}");
            return null;
        }
    }
}
