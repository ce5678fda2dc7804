using System.Text;

namespace Buerogewitter.Analytics.Text;

/// <summary>A word as written and its matching key (lower case, umlauts and ß folded).</summary>
public readonly record struct Token(string Original, string Key);

/// <summary>
/// Folds German spellings so that "Außendienst", "Aussendienst" and "AUSSENDIENST" share one key,
/// and "Rückmeldung" typed on an English keyboard as "Rueckmeldung" still matches.
/// Umlauts stay in <see cref="Token.Original"/> for display.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Lower-cases and folds ä→ae, ö→oe, ü→ue, ß→ss and strips other diacritics.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                case 'é' or 'è' or 'ê': sb.Append('e'); break;
                case 'á' or 'à' or 'â': sb.Append('a'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Splits into words: letters and digits; hyphens and slashes separate words.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && start >= 0));
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var word = text[start..i].TrimEnd('\'');
                if (word.Length > 0) tokens.Add(new Token(word, Fold(word)));
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>Keys of the words that carry content: stop words of the answer's language removed.</summary>
    public static List<Token> ContentTokens(string text, string language)
    {
        var tokens = Tokenize(text);
        tokens.RemoveAll(t => StopWords.IsStopWord(t.Key, language) || t.Key.Length < 2);
        return tokens;
    }
}
