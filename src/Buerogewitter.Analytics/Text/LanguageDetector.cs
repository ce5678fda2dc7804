using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Decides German or English per answer from stop-word hits, umlauts and a few word endings.
/// Short answers carry few cues, so ties fall back to the organisation's default language.
/// </summary>
public static class LanguageDetector
{
    public static string Detect(string text, string fallback = Languages.German)
    {
        ArgumentNullException.ThrowIfNull(text);
        var german = 0.0;
        var english = 0.0;
        foreach (var c in text)
        {
            if (c is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü') german += 2;
        }
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            var key = token.Key;
            var isDe = StopWords.IsGerman(key);
            var isEn = StopWords.IsEnglish(key);
            // Words such as "in", "so" or "will" exist in both lists and decide nothing.
            if (isDe && !isEn) german += 1;
            if (isEn && !isDe) english += 1;
            if (!isDe && !isEn && key.Length > 5)
            {
                if (key.EndsWith("ung", StringComparison.Ordinal) || key.EndsWith("keit", StringComparison.Ordinal)
                    || key.EndsWith("heit", StringComparison.Ordinal) || key.EndsWith("schaft", StringComparison.Ordinal)
                    || key.Contains("sch", StringComparison.Ordinal))
                    german += 0.5;
                if (key.EndsWith("ing", StringComparison.Ordinal) || key.EndsWith("tion", StringComparison.Ordinal)
                    || key.EndsWith("ment", StringComparison.Ordinal) || key.EndsWith("ness", StringComparison.Ordinal)
                    || key.Contains("th", StringComparison.Ordinal))
                    english += 0.5;
            }
        }
        if (german > english) return Languages.German;
        if (english > german) return Languages.English;
        return fallback;
    }
}
