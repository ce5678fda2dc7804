using System.Threading.RateLimiting;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Templates;

namespace Buerogewitter.Web.Surveys;

/// <summary>
/// Looks up the link of a survey request (<c>/s/{token}</c>) once, for the language and the page, and
/// limits what guessing needs: each client may ask for at most N unknown or malformed links a minute
/// (<c>Survey:UnknownLinksPerMinute</c>). A client over that gets a friendly 429 page before the
/// lookup, so guessing costs the database nothing; valid links are never counted, so a whole office
/// behind one address can answer at once. The client is the connection's address, or the forwarded one
/// when the request came through a configured proxy (see <see cref="Hosting.ReverseProxy"/>).
/// </summary>
public static class SurveyLinkGuard
{
    public const string FormKey = "bg:survey-form";

    public const int DefaultUnknownLinksPerMinute = 20;

    public static IServiceCollection AddSurveyLinkGuard(this IServiceCollection services, int unknownLinksPerMinute) =>
        services.AddSingleton(new UnknownLinks(unknownLinksPerMinute));

    public static IApplicationBuilder UseSurveyLinkGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (TokenOf(context.Request.Path) is not { } token)
        {
            await next(context);
            return;
        }

        var unknown = context.RequestServices.GetRequiredService<UnknownLinks>();
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (unknown.IsExhausted(client))
        {
            await TooManyAsync(context);
            return;
        }

        var form = InvitationToken.HashOf(token) is { } hash
            ? await context.RequestServices.GetRequiredService<SurveyStore>().FindAsync(hash, context.RequestAborted)
            : null;
        if (form is null)
        {
            unknown.Count(client);
        }

        context.Items[FormKey] = form;
        await next(context);
    });

    /// <summary>The token of a survey link path; the thank-you page is not one.</summary>
    private static string? TokenOf(PathString path) =>
        path.StartsWithSegments("/s", out var rest) && rest.Value is ['/', .. var token] && token.Length > 0 && !token.Contains('/')
        && token != "thanks"
            ? token
            : null;

    private static async Task TooManyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.RetryAfter = "60";
        await context.Response.WriteAsync(
            await HtmlTemplate.RenderAsync<TooManyRequestsPage, TooManyRequestsModel>(new TooManyRequestsModel(Localized.LanguageCode, SurveyText.Current)),
            context.RequestAborted);
    }

    /// <summary>Unknown links per client in a fixed one-minute window; nothing is kept that another instance needs.</summary>
    private sealed class UnknownLinks(int perMinute)
    {
        private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
            RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

        public bool IsExhausted(string client) => limiter.GetStatistics(client)?.CurrentAvailablePermits <= 0;

        public void Count(string client) => limiter.AttemptAcquire(client).Dispose();
    }
}
