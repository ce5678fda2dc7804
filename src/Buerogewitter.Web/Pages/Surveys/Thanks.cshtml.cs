using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Surveys;

public sealed class ThanksModel : PageModel
{
    public string Until { get; private set; } = "";

    public void OnGet(string? until) =>
        Until = DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("D", CultureInfo.CurrentCulture)
            : "—";
}
