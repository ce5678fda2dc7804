using System.Text.RegularExpressions;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Database;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Data.Surveys;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Pulses;
using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Buerogewitter.IntegrationTests.Pulses;

/// <summary>An organisation with a template, a strategy and a roster, the real services on a fake clock, and an SMTP server.</summary>
public sealed partial class PulseWorld : IAsyncDisposable
{
    // Monday 4 January 2027, 09:00 in Berlin.
    public static readonly DateTimeOffset Start = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    private PulseWorld(string engine, Db db, SmtpSink smtp, ServiceProvider services, FakeTimeProvider clock)
    {
        Engine = engine;
        Db = db;
        Smtp = smtp;
        Services = services;
        Clock = clock;
    }

    public string Engine { get; }

    public Db Db { get; }

    public SmtpSink Smtp { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<PulseWorld> CreateAsync(string engine, int participants = 12, bool setUp = true, ILoggerProvider? logs = null)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var smtp = await SmtpSink.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var configuration = VerbRunner.Configuration(engine, smtp.Settings());
        var collection = new ServiceCollection().AddSingleton(configuration).AddBuerogewitter(configuration).AddPulseJobs()
            .AddSingleton<TimeProvider>(clock);
        if (logs is not null)
        {
            collection.AddSingleton(logs);
        }

        var services = collection.BuildServiceProvider();
        var world = new PulseWorld(engine, db, smtp, services, clock);
        var organisation = await world.Get<OrganisationStore>().CreateAsync(new NewOrganisation("acme", "Acme GmbH", "Europe/Berlin", "de"));
        var roster = Enumerable.Range(1, participants)
            .Select(i => new RosterEntry(i, $"p{i:D3}@example.com", $"Person {i}", i % 2 == 0 ? Side.Field : Side.Inside, null, i % 3 == 0 ? "en" : "de"))
            .ToList();
        await world.Get<ParticipantStore>().ImportAsync(organisation.Id, roster, deactivateMissing: false);
        if (setUp)
        {
            await using var connection = await db.OpenAsync();
            await connection.ExecuteAsync("""
                INSERT INTO survey_template (organisation_id, name, strategy_question_de, strategy_question_en, clarity_item_de, clarity_item_en, created_at)
                VALUES (@id, 'Puls', 'Was sind unsere Prioritäten?', 'What are our priorities?', 'Ich kenne sie.', 'I know them.', @now);
                INSERT INTO strategy_version (organisation_id, version_no, effective_from, created_at) VALUES (@id, 1, @today, @now);
                """, new { id = organisation.Id, now = Start, today = DateOnly.FromDateTime(Start.UtcDateTime) });
        }

        return world;
    }

    /// <summary>Runs a verb of the executable with this world's services, clock and SMTP server.</summary>
    public async Task<VerbResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Verbs.CommandLine().RunAsync(args, () => Services, output, error, TestContext.Current.CancellationToken);
        return new VerbResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>The token of a survey link in a received mail.</summary>
    public static string TokenOf(MimeMessage message) => LinkPattern().Match(message.TextBody ?? "").Groups[1].Value;

    public static string Recipient(MimeMessage message) => message.To.Mailboxes.Single().Address;

    /// <summary>A Hangfire server in this process running the jobs with this world's services and clock.</summary>
    public BackgroundJobServer StartJobServer(string name = "test") => new(new BackgroundJobServerOptions
    {
        ServerName = name,
        WorkerCount = 4,
        SchedulePollingInterval = TimeSpan.FromSeconds(1),
        Activator = new ServiceActivator(Services),
    }, Get<JobStorage>());

    /// <summary>Answers through a link with the survey page's store: the invitation is marked used and an anonymous response stored.</summary>
    public async Task AnswerAsync(MimeMessage mail, string answer = "Service")
    {
        var surveys = Get<SurveyStore>();
        var form = await surveys.FindAsync(InvitationToken.HashOf(TokenOf(mail))!)
            ?? throw new InvalidOperationException($"the link mailed to {Recipient(mail)} opens no survey");
        var outcome = await surveys.SubmitAsync(form, new SurveySubmission("de", answer, null, null,
            new Dictionary<long, int?>(), new Dictionary<long, int?>()), DateOnly.FromDateTime(Start.UtcDateTime));
        Assert.Equal(SubmitOutcome.Stored, outcome);
    }

    /// <summary>Participants whose most recent link opens their unused invitation, by e-mail.</summary>
    public async Task<IReadOnlyDictionary<string, int>> WorkingLinksAsync()
    {
        await using var connection = await Db.OpenAsync();
        var hashes = (await connection.QueryAsync<(string Email, byte[] Hash)>("""
            SELECT p.email, i.token_hash FROM invitation i JOIN participant p ON p.id = i.participant_id
            """)).ToList();
        return Smtp.Received
            .Where(m => hashes.Any(h => h.Email == Recipient(m) && h.Hash.SequenceEqual(InvitationToken.HashOf(TokenOf(m))!)))
            .GroupBy(Recipient).ToDictionary(g => g.Key, g => g.Count());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    private sealed class ServiceActivator(IServiceProvider services) : JobActivator
    {
        public override object ActivateJob(Type jobType) => ActivatorUtilities.GetServiceOrCreateInstance(services, jobType);
    }

    [GeneratedRegex(@"https://pulse\.example\.com/s/([A-Za-z0-9_-]{22})")]
    private static partial Regex LinkPattern();
}
