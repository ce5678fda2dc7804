using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace Buerogewitter.Web.Surveys;

/// <summary>
/// A survey link opens in the language of the person it was sent to, unless they switch. The link was
/// looked up by <see cref="SurveyLinkGuard"/>, once per request.
/// </summary>
public sealed class SurveyLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.Items.TryGetValue(SurveyLinkGuard.FormKey, out var found) && found is SurveyForm { Language: { } language }
            ? new ProviderCultureResult(LanguageSelection.CultureFor(language).Name)
            : null);
}
