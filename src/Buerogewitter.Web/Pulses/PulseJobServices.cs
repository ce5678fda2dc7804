using Buerogewitter.Data.Database;
using Buerogewitter.Web.Reports;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;

namespace Buerogewitter.Web.Pulses;

public static partial class PulseJobServices
{
    /// <summary>Hangfire's storage, clients and the pulse jobs; no server (verbs and tests add their own).</summary>
    public static IServiceCollection AddPulseJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, configuration) => configuration
            .UseLogProvider(new HangfireLogBridge(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddSingleton(provider => PulseJobStorage.Create(provider.GetRequiredService<Db>()));
        services.AddSingleton<IBackgroundJobClient>(provider => new BackgroundJobClient(provider.GetRequiredService<JobStorage>()));
        // Next occurrences are computed on the application's clock, so tests can move it.
        services.AddSingleton<IRecurringJobManager>(provider => new RecurringJobManager(
            provider.GetRequiredService<JobStorage>(), JobFilterProviders.Providers, new DefaultTimeZoneResolver(),
            () => provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        services.AddSingleton<IWaveMailLock, HangfireWaveMailLock>();
        services.AddSingleton<JobSchedule>();
        services.AddTransient<OpenWaveJob>();
        services.AddTransient<SendInvitationsJob>();
        services.AddTransient<AdvanceWavesJob>();
        services.AddTransient<ReportDeliveryJob>();
        return services;
    }

    /// <summary>For <c>serve</c>: the jobs, a Hangfire server in this process and the schedule, reconciled at start and every half minute.</summary>
    public static IServiceCollection AddPulseJobServer(this IServiceCollection services)
    {
        services.AddPulseJobs();
        // Mail batches are idempotent, so a job cut off at shutdown is simply retried: no reason to hold
        // `serve` open for Hangfire's default 15 s.
        services.AddHangfireServer(options => options.ShutdownTimeout = TimeSpan.FromSeconds(3));
        services.AddHostedService<ScheduleReconciliation>();
        services.AddHealthChecks().AddCheck<JobServerHealthCheck>("jobs");
        return services;
    }

    /// <summary>
    /// The dashboard at /hangfire, for administrators signed in at /admin, on every engine. Hangfire's
    /// default (local requests only) is no guard: behind a reverse proxy on the same host every request
    /// is local, and anyone there could trigger a pulse that mails all staff.
    /// </summary>
    public static WebApplication MapPulseDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdministratorsOnly()] });
        return app;
    }

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(Buerogewitter.Data.Admin.AdminRoles.Administrator);
    }

    /// <summary>
    /// Keeps the recurring jobs in step with the organisations (<see cref="JobSchedule.ReconcileAsync"/>), on
    /// the application's clock. A failed round (database briefly away) is logged and the next one tries again.
    /// </summary>
    private sealed partial class ScheduleReconciliation(JobSchedule schedule, TimeProvider clock, ILogger<ScheduleReconciliation> logger)
        : BackgroundService
    {
        public override async Task StartAsync(CancellationToken cancellationToken)
        {
            // The first round before serve reports itself started, so a fresh start has its jobs at once.
            await schedule.ReconcileAsync(cancellationToken);
            await base.StartAsync(cancellationToken);
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(JobSchedule.ReconcileInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await schedule.ReconcileAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
                {
                    LogFailed(ex);
                }
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling the recurring jobs failed; trying again in half a minute")]
        private partial void LogFailed(Exception exception);
    }
}
