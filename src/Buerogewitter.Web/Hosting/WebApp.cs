using System.Text.Encodings.Web;
using System.Text.Unicode;
using Buerogewitter.Data.Database;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Mail;
using Buerogewitter.Web.Pulses;
using Buerogewitter.Web.Surveys;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace Buerogewitter.Web.Hosting;

/// <summary>Builds the web application: pages, health endpoint, localisation.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, string? urls, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        // Request, routing and page-handler logs carry the request path, and a survey path holds its
        // token, a secret: these categories never log below Warning, whatever the configuration says.
        // The hosting category is switched off entirely, because its request scope (with the path) is
        // attached to every log line written during a request.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        configure?.Invoke(builder);
        builder.Services.AddBuerogewitter(builder.Configuration);
        builder.Services.AddRazorPages();
        // German pages keep their umlauts as characters instead of one entity each.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAdmin(builder.Configuration);
        builder.Services.AddPulseJobs();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<MailServerHealth>("mail");
        builder.Services.AddReverseProxy(builder.Configuration);
        builder.Services.AddSurveyLinkGuard(builder.Configuration.GetValue("Survey:UnknownLinksPerMinute", SurveyLinkGuard.DefaultUnknownLinksPerMinute));

        var app = builder.Build();
        app.UseReverseProxy();
        app.UseExceptionHandler("/error");
        app.UseSecurityHeaders();
        app.UseSurveyLinkGuard();
        app.UseRequestLocalization(LanguageSelection.Options(new SurveyLanguageProvider()));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(WebApp).Assembly, "wwwroot"),
        });
        app.UseForbiddenPage();
        app.UseRouting();
        app.UseAdmin();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth });
        app.MapRazorPages();
        app.MapPulseDashboard();
        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}{(e.Value.Description is { } d ? $" ({d})" : "")}");
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n");
    }

    /// <summary>
    /// Reads are not enough: a SQLite file another process holds locked still opens and reads, while every
    /// survey answer waits and fails. So the check also takes the write lock for a moment (and writes nothing).
    /// </summary>
    private sealed class DatabaseHealthCheck(Db db, DatabaseReadiness readiness) : IHealthCheck
    {
        private static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(2);

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await readiness.EnsureAsync(cancellationToken);
                await using var connection = await db.OpenAsync(cancellationToken);
                db.Dialect.LimitLockWait(connection, WriteWait);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var probe = connection.CreateCommand();
                probe.Transaction = transaction;
                probe.CommandText = db.Dialect.SelectForUpdate("id", "organisation", "1 = 0");
                await probe.ExecuteNonQueryAsync(cancellationToken);
                return HealthCheckResult.Healthy(db.Dialect.Name);
            }
            catch (System.Data.Common.DbException ex) when (db.Dialect.IsLockTimeout(ex))
            {
                return HealthCheckResult.Degraded($"{db.Dialect.Name}: writes are not getting through ({ex.Message})");
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        }
    }
}
