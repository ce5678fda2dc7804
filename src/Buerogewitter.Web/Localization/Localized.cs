using System.Globalization;

namespace Buerogewitter.Web.Localization;

/// <summary>
/// Picks the German or English variant of a typed text set for the current request. Texts live in
/// records next to their page, so a missing translation is a compile error, not a blank on screen.
/// </summary>
public static class Localized
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string LanguageCode => IsEnglish ? "en" : "de";

    public static T Pick<T>(T german, T english) => IsEnglish ? english : german;
}
