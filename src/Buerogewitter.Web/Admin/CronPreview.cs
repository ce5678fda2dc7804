using Cronos;

namespace Buerogewitter.Web.Admin;

/// <summary>The next send dates of a pulse schedule, computed in the organisation's time zone (DST included).</summary>
public static class CronPreview
{
    public static bool TryParse(string cron, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CronExpression? expression) =>
        CronExpression.TryParse(cron.Trim(), CronFormat.Standard, out expression);

    public static IReadOnlyList<DateTimeOffset> Next(CronExpression expression, TimeZoneInfo zone, DateTimeOffset from, int count = 5)
    {
        var dates = new List<DateTimeOffset>(count);
        var cursor = from;
        while (dates.Count < count && expression.GetNextOccurrence(cursor, zone) is { } next)
        {
            dates.Add(next);
            cursor = next;
        }

        return dates;
    }
}
