using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// A page of one organisation (<c>/admin/o/{slug}/…</c>). The organisation is read through the
/// user's scope before any handler runs: one that the user may not see is a 404, exactly like one
/// that does not exist, so the pages do not even reveal which organisations are on the server.
/// </summary>
public abstract class OrganisationPageModel : PageModel
{
    public AdminText Text => AdminText.Current;

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>False for the pages a manager may see (the dashboard).</summary>
    protected virtual bool ForSetUpOnly => true;

    /// <summary>Today in the organisation's time zone, the day a due date or an effective date is compared with.</summary>
    public DateOnly Today => LocalTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>(), Organisation.TimeZone);

    /// <summary>A moment as the date it was in the organisation's time zone, in the page's culture.</summary>
    public string Date(DateTimeOffset time) =>
        LocalTime.In(time, Organisation.TimeZone).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A moment as date and time in the organisation's time zone, in the page's culture.</summary>
    public string DateAndTime(DateTimeOffset time) =>
        LocalTime.In(time, Organisation.TimeZone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>
    /// How a wave is named wherever waves are listed: its number in the organisation and its opening time,
    /// so that two waves opened on the same day do not look like duplicates.
    /// </summary>
    public string WaveLabel(int number, DateTimeOffset opensAt) => string.Format(CultureInfo.CurrentCulture, Text.WaveLabelFormat,
        number, DateAndTime(opensAt));

    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = HttpContext.RequestServices;
        await services.GetRequiredService<DatabaseReadiness>().EnsureAsync(HttpContext.RequestAborted);
        var slug = RouteData.Values["slug"] as string ?? "";
        var organisation = await services.GetRequiredService<AdminOrganisationStore>().FindAsync(User.Scope(), slug, HttpContext.RequestAborted);
        if (organisation is null)
        {
            context.Result = NotFound();
            return;
        }

        if (ForSetUpOnly && !User.MaySetUp())
        {
            context.Result = Forbid();
            return;
        }

        Organisation = organisation;
        await next();
    }
}
