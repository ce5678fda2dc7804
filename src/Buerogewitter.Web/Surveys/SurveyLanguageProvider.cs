using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace Buerogewitter.Web.Surveys;

/// <summary>
/// A survey link opens in the language of the person it was sent to, unless they switch. The form it
/// reads for that is kept for the page, so a request looks the link up once.
/// </summary>
public sealed class SurveyLanguageProvider : RequestCultureProvider
{
    public const string FormKey = "bg:survey-form";

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Request.Path.Value ?? "";
        if (!path.StartsWith("/s/", StringComparison.Ordinal) || InvitationToken.HashOf(path[3..]) is not { } hash)
        {
            return null;
        }

        var form = await httpContext.RequestServices.GetRequiredService<SurveyStore>().FindAsync(hash, httpContext.RequestAborted);
        httpContext.Items[FormKey] = form;
        return form?.Language is { } language ? new ProviderCultureResult(LanguageSelection.CultureFor(language).Name) : null;
    }
}
