using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Decides German or English per answer from stop-word hits, umlauts and a few word endings and, when a
/// dictionary is at hand, from which language knows each word: "Reduce phone orders" has no stop word, but
/// all three words are English. Short answers carry few cues, so ties fall back to the organisation's language.
/// </summary>
public static class LanguageDetector
{
    public static string Detect(string text, string fallback = Languages.German, TranslationLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var germanScore = 0.0;
        var englishScore = 0.0;
        foreach (var c in text)
        {
            if (c is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü') germanScore += 2;
        }
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            var key = token.Key;
            var isDe = StopWords.IsGerman(key);
            var isEn = StopWords.IsEnglish(key);
            // Words such as "in", "so" or "will" exist in both lists and decide nothing.
            if (isDe && !isEn) germanScore += 1;
            if (isEn && !isDe) englishScore += 1;
            if (!isDe && !isEn && lexicon is not null && key.Length >= 3)
            {
                var german = lexicon.LookUpGerman(key).Count > 0 || lexicon.SplitCompound(key).Count > 0;
                var english = lexicon.KnowsEnglish(key) || lexicon.KnowsEnglish(Stemmer.Stem(key, Languages.English)) || (key.EndsWith('s') && lexicon.KnowsEnglish(key[..^1]));
                // A word both languages know (Portal, Service, Team) decides nothing.
                if (german && !english) germanScore += 1;
                if (english && !german) englishScore += 1;
                continue;
            }
            if (!isDe && !isEn && key.Length > 5)
            {
                if (key.EndsWith("ung", StringComparison.Ordinal) || key.EndsWith("keit", StringComparison.Ordinal)
                    || key.EndsWith("heit", StringComparison.Ordinal) || key.EndsWith("schaft", StringComparison.Ordinal)
                    || key.Contains("sch", StringComparison.Ordinal))
                    germanScore += 0.5;
                if (key.EndsWith("ing", StringComparison.Ordinal) || key.EndsWith("tion", StringComparison.Ordinal)
                    || key.EndsWith("ment", StringComparison.Ordinal) || key.EndsWith("ness", StringComparison.Ordinal)
                    || key.Contains("th", StringComparison.Ordinal))
                    englishScore += 0.5;
            }
        }
        if (germanScore > englishScore) return Languages.German;
        if (englishScore > germanScore) return Languages.English;
        return fallback;
    }
}
