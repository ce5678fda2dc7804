using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace Buerogewitter.Web.Surveys;

/// <summary>A survey link opens in the language of the person it was sent to, unless they switch.</summary>
public sealed class SurveyLanguageProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Request.Path.Value ?? "";
        if (!path.StartsWith("/s/", StringComparison.Ordinal) || InvitationToken.HashOf(path[3..]) is not { } hash)
        {
            return null;
        }

        var language = await httpContext.RequestServices.GetRequiredService<SurveyStore>().LanguageAsync(hash, httpContext.RequestAborted);
        return language is null ? null : new ProviderCultureResult(LanguageSelection.CultureFor(language).Name);
    }
}
