using System.Threading.RateLimiting;
using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Surveys;

/// <summary>
/// About 30 requests a minute per client on the survey links: plenty for a person, too few to
/// guess tokens. The rejection is a friendly page, not a bare status code.
/// </summary>
public static class SurveyRateLimit
{
    public const string Policy = "survey";

    public static IServiceCollection AddSurveyRateLimit(this IServiceCollection services, int permitsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var text = SurveyText.Current;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync(
                    $"""
                    <!DOCTYPE html><html lang="{Localized.LanguageCode}"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>{text.TooManyTitle}</title>
                    <link rel="stylesheet" href="/css/site.css"></head>
                    <body><main id="main"><h1>{text.TooManyTitle}</h1><p>{text.TooMany}</p></main></body></html>
                    """, cancellationToken);
            };
        });
}
