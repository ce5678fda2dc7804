using System.Collections.Concurrent;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// A content word (or one part of a German compound) in its language, with its stem and, for German words
/// when a <see cref="TranslationLexicon"/> is available, the English stems it translates to.
/// </summary>
public sealed record WordUnit(string Original, string Language, string Stem, IReadOnlySet<string> Translations, bool IsNoun)
{
    /// <summary>
    /// Within a language: the same stem, or stems that differ in an ending or a typo ("indivduell"/"individuell"),
    /// or one ending in or starting with the other (a compound the lexicon could not split). Across languages: the
    /// German word translates to the English one, or the two are spelled alike (Portal/portal, Kelvita).
    /// Two German words are not matched through shared translations: with many senses each, "bauen" and
    /// "einrichten" would meet on "build".
    /// </summary>
    public bool Matches(WordUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsConcept || other.IsConcept) return Stem == other.Stem;
        if (Language != other.Language)
        {
            var (german, english) = Language == Languages.German ? (this, other) : (other, this);
            if (german.Translations.Contains(english.Stem)) return true;
        }
        return SameStem(Stem, other.Stem);
    }

    /// <summary>A glossary concept ("#acquisition"): matched by name only, in any language.</summary>
    public bool IsConcept => Stem.StartsWith('#');

    public static WordUnit Concept(string name) => new(name, "*", name, new HashSet<string>(), IsNoun: true);

    private static bool SameStem(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 5 && (longer.StartsWith(shorter, StringComparison.Ordinal) || longer.EndsWith(shorter, StringComparison.Ordinal))) return true;
        // A four-letter word opening a long compound ("Messe" in "Messepräsenz") is its first part.
        if (shorter.Length == 4 && longer.Length >= 9 && longer.StartsWith(shorter, StringComparison.Ordinal)) return true;
        return shorter.Length >= 7 && longer.Length - shorter.Length <= 1 && EditDistanceAtMostOne(shorter, longer);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            // One substitution or one swap of neighbours.
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}

/// <summary>
/// Turns text into <see cref="WordUnit"/>s: stop words, numbers and <see cref="GenericWords"/> are dropped,
/// German compounds are split into their listed parts, and each unit carries its translation keys.
/// Units are cached per word, so a wave's answers share the lexicon look-ups.
/// </summary>
public sealed class WordUnits(TranslationLexicon? lexicon, Priorities.Glossary? glossary = null)
{
    // A translation's words beyond the first few senses drift too far from the word to be evidence.
    private const int TranslationsPerWord = 4;

    private readonly ConcurrentDictionary<(string Key, string Language), WordUnit[]> _cache = new();

    public TranslationLexicon? Lexicon => lexicon;

    public List<WordUnit> Of(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<WordUnit>();
        var tokens = TextNormalizer.Tokenize(text);
        foreach (var token in tokens)
        {
            if (!IsContent(token)) continue;
            units.AddRange(_cache.GetOrAdd((token.Key, language), k => Build(k.Key, k.Language, token.Original)));
        }
        if (glossary is not null) units.AddRange(glossary.ConceptsIn(tokens.Select(t => t.Key).ToList()).Select(WordUnit.Concept));
        return units;
    }

    /// <summary>Whether a word can carry meaning: not a stop word of either language, not a number, not a stray letter.</summary>
    public static bool IsContent(Token token) =>
        !StopWords.IsGerman(token.Key) && !StopWords.IsEnglish(token.Key) && !token.Key.All(char.IsDigit)
        && (token.Key.Length >= 3 || (token.Original.Length >= 2 && token.Original.All(char.IsUpper)));

    private WordUnit[] Build(string key, string language, string original)
    {
        if (GenericWords.Contains(key)) return [];
        if (language == Languages.German && lexicon is not null)
        {
            var parts = lexicon.SplitCompound(key, evenWhenListed: true);
            if (parts.Count > 0) return parts.Where(p => !GenericWords.Contains(p)).Select(p => Unit(p, language, original)).ToArray();
        }
        return [Unit(key, language, original)];
    }

    private WordUnit Unit(string key, string language, string original)
    {
        var translations = new HashSet<string>(StringComparer.Ordinal);
        if (lexicon is not null && language == Languages.German)
        {
            // One-word translations only: the last word of "full-time" or "head of sales" says little about the German word.
            foreach (var translation in lexicon.LookUpGerman(key).Where(t => !t.Contains(' ', StringComparison.Ordinal)).Take(TranslationsPerWord))
            {
                if (translation.Length >= 3 && !GenericWords.Contains(translation)) translations.Add(Stemmer.Stem(translation, Languages.English));
            }
        }
        // German nouns are capitalised; in English, and in all-lower-case answers, every content word counts as one.
        var isNoun = language != Languages.German || char.IsUpper(original[0]) || original.All(char.IsLower);
        return new WordUnit(original, language, Stemmer.Stem(key, language), translations, isNoun);
    }
}
