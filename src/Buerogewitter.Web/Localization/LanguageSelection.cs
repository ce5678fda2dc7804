using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Buerogewitter.Web.Localization;

/// <summary>
/// The product speaks German (de-DE) and English (en-GB, for day-first dates). People choose with
/// <c>?lang=de|en</c>; the choice is kept in a cookie so it survives a form post.
/// </summary>
public static class LanguageSelection
{
    public const string CookieName = "bg_lang";

    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo CultureFor(string? language) => language == "en" ? English : German;

    /// <summary>An explicit choice first, then <paramref name="known"/> (e.g. a survey participant's language), then the browser's.</summary>
    public static RequestLocalizationOptions Options(RequestCultureProvider known) => new()
    {
        DefaultRequestCulture = new RequestCulture(German),
        SupportedCultures = [German, English],
        SupportedUICultures = [German, English],
        RequestCultureProviders =
        [
            new CustomRequestCultureProvider(FromQueryOrCookieAsync),
            known,
            new AcceptLanguageHeaderRequestCultureProvider(),
        ],
        ApplyCurrentCultureToResponseHeaders = true,
    };

    private static Task<ProviderCultureResult?> FromQueryOrCookieAsync(HttpContext context)
    {
        var query = context.Request.Query["lang"].ToString();
        if (query is "de" or "en")
        {
            context.Response.Cookies.Append(CookieName, query, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(CultureFor(query).Name));
        }

        var cookie = context.Request.Cookies[CookieName];
        return Task.FromResult(cookie is "de" or "en" ? new ProviderCultureResult(CultureFor(cookie).Name) : null);
    }
}
