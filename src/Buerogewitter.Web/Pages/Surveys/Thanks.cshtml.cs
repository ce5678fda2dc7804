using System.Globalization;
using Buerogewitter.Web.Surveys;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Buerogewitter.Web.Pages.Surveys;

[EnableRateLimiting(SurveyRateLimit.Policy)]
public sealed class ThanksModel : PageModel
{
    public string Until { get; private set; } = "";

    public void OnGet(string? until) =>
        Until = DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("D", CultureInfo.CurrentCulture)
            : "—";
}
