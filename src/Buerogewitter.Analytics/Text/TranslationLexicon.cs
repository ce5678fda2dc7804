using System.Text;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// German–English word translations from a dictionary file in the Ding format (Debian package
/// <c>trans-de-en</c>: <c>German senses :: English senses</c>, senses split by <c>|</c>, alternatives by <c>;</c>).
/// Only single German words are kept, each with the English words of the senses it appears in, in file
/// order, so the first translation is the entry's main sense. Keys are folded (<see cref="TextNormalizer.Fold"/>).
/// The product reads the file where the operator installed it; nothing of it is shipped.
/// </summary>
public sealed class TranslationLexicon
{
    /// <summary>Where Debian's trans-de-en package installs the Ding dictionary.</summary>
    public const string DebianPath = "/usr/share/trans/de-en";

    // A sense lists many near-synonyms; past the first few they drift from the word's meaning.
    private const int AlternativesPerSense = 3;

    // German inflection endings tried when a word form is not listed ("gewinnt" → "gewinn" + "en").
    private static readonly string[] Endings = ["en", "e", "n", "er", "es", "s", "em", "t", "et", "st", "te", "ten", "ern"];
    private static readonly string[] Restorations = ["", "en", "n", "e"];
    private static readonly string[] Linkings = ["", "s", "n", "en", "es", "e"];

    private readonly Dictionary<string, string[]> _toEnglish;
    private readonly Dictionary<string, string[]> _toGerman;
    private readonly Headwords _headwords;

    private TranslationLexicon(Dictionary<string, string[]> toEnglish, Dictionary<string, string[]> toGerman, Headwords headwords, string source)
    {
        _toEnglish = toEnglish;
        _toGerman = toGerman;
        _headwords = headwords;
        Source = source;
    }

    /// <summary>
    /// The main sense of each word: the first translation of the first entry that begins with it, kept apart for
    /// capitalised (noun) and lower-case headwords. A word appears in many entries ("Kunde" in "Abnehmer; Kunde
    /// :: purchaser"), but the entry that begins with it gives its everyday sense, and case separates "Füllen"
    /// (foal) from "füllen" (fill).
    /// </summary>
    private sealed record Headwords(Dictionary<string, string> Nouns, Dictionary<string, string> Others);

    /// <summary>
    /// Where the process reads its dictionary: the environment variable <c>Analytics__DictionaryPath</c> (the
    /// setting <c>Analytics:DictionaryPath</c>), else Debian's.
    /// </summary>
    public static string ConfiguredPath => Environment.GetEnvironmentVariable("Analytics__DictionaryPath") is { Length: > 0 } path ? path : DebianPath;

    private static readonly Lazy<TranslationLexicon?> SharedLexicon = new(() => LoadOrNull(ConfiguredPath));

    /// <summary>The process's dictionary, read once on first use; null when the file is missing.</summary>
    public static TranslationLexicon? Shared => SharedLexicon.Value;

    /// <summary>
    /// The dictionary at <paramref name="path"/>, or Debian's when no path is given; null when there is no file, so
    /// that matching works without translations (the README says what is lost).
    /// </summary>
    public static TranslationLexicon? LoadOrNull(string? path = null)
    {
        var file = path ?? DebianPath;
        return File.Exists(file) ? Load(file) : null;
    }

    /// <summary>The file the dictionary was read from.</summary>
    public string Source { get; }

    public int GermanWords => _toEnglish.Count;

    /// <summary>English translations (folded words or phrases of up to three words) of a folded German word; empty when unknown.</summary>
    public IReadOnlyList<string> ToEnglish(string germanKey) => _toEnglish.GetValueOrDefault(germanKey) ?? [];

    /// <summary>German words (folded) for a folded English word; empty when unknown.</summary>
    public IReadOnlyList<string> ToGerman(string englishKey) => _toGerman.GetValueOrDefault(englishKey) ?? [];

    public bool KnowsGerman(string germanKey) => _toEnglish.ContainsKey(germanKey);

    /// <summary>
    /// Translations of a folded German word as written: the listed form, else the form with its inflection
    /// ending replaced ("kliniken" → "klinik", "gewinnt" → "gewinnen"); empty when neither is listed.
    /// </summary>
    public IReadOnlyList<string> LookUpGerman(string germanKey) =>
        Listed(germanKey) is { } listed ? _toEnglish[listed] : [];

    /// <summary>The listed form of a folded German word: itself, or the form with its inflection ending replaced; null when neither is listed.</summary>
    private string? Listed(string germanKey)
    {
        if (_toEnglish.ContainsKey(germanKey)) return germanKey;
        foreach (var ending in Endings)
        {
            if (germanKey.Length - ending.Length < 3 || !germanKey.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = germanKey[..^ending.Length];
            foreach (var restore in Restorations)
            {
                if (_toEnglish.ContainsKey(stem + restore)) return stem + restore;
            }
        }
        return null;
    }

    /// <summary>
    /// Splits a German compound into listed words ("krankenhausapotheken" → krankenhaus, apotheken), allowing the
    /// linking letters between them (Fugen-s, -n, -en). The head (last part) needs <paramref name="minPart"/>
    /// letters, the parts before it <paramref name="minModifier"/>: short modifiers ("fach", "bau") are mostly
    /// false splits and would match unrelated compounds. Of several splits the one whose shortest part is longest
    /// wins, which prefers "krankenhaus|apotheken" over "kranken|hausapotheken". Empty when the word is listed
    /// itself (unless <paramref name="evenWhenListed"/>) or cannot be split.
    /// </summary>
    public IReadOnlyList<string> SplitCompound(string germanKey, int minPart = 4, int minModifier = 5, bool evenWhenListed = false)
    {
        if (germanKey.Length < minPart + minModifier || (!evenWhenListed && LookUpGerman(germanKey).Count > 0)) return [];
        return Split(germanKey, minPart, minModifier, depth: 0) ?? [];
    }

    private List<string>? Split(string key, int minPart, int minModifier, int depth)
    {
        List<string>? best = null;
        var bestShortest = 0;
        for (var cut = minModifier; cut <= key.Length - minPart; cut++)
        {
            var head = key[cut..];
            if (LookUpGerman(head).Count == 0) continue;
            foreach (var linking in Linkings)
            {
                var modifier = key[..cut];
                if (!modifier.EndsWith(linking, StringComparison.Ordinal)) continue;
                modifier = modifier[..^linking.Length];
                if (modifier.Length < minModifier) continue;
                var parts = LookUpGerman(modifier).Count > 0 ? [modifier] : depth < 2 ? Split(modifier, minModifier, minModifier, depth + 1) : null;
                if (parts is null) continue;
                var shortest = Math.Min(parts.Min(p => p.Length), head.Length);
                if (shortest <= bestShortest) continue;
                bestShortest = shortest;
                best = [.. parts, head];
            }
        }
        return best;
    }

    /// <summary>
    /// What an English sentence model reads of a text, and in which language: German as its gloss
    /// (<see cref="GlossGerman"/>), read as English; any other language as written.
    /// </summary>
    public (string Text, string Language) Reading(string text, string language, IReadOnlySet<string>? names = null) =>
        language == Languages.German ? (GlossGerman(text, names), Languages.English) : (text, language);

    /// <summary>
    /// A word-by-word English gloss of a German text: each word's main translation and a compound by its parts;
    /// the words in <paramref name="names"/> (folded keys) and those the dictionary does not know (names, numbers,
    /// abbreviations) stay as written.
    /// </summary>
    public string GlossGerman(string text, IReadOnlySet<string>? names = null)
    {
        var words = new List<string>();
        foreach (var sentence in text.Split(['.', '!', '?', ':', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            for (var t = 0; t < tokens.Count; t++)
            {
                if (names?.Contains(tokens[t].Key) == true)
                {
                    words.Add(tokens[t].Original);
                    continue;
                }
                // German capitalises nouns, so case tells which headword is meant, except at the start of a
                // sentence, where a word that is not a function word is most likely a noun too.
                var noun = char.IsUpper(tokens[t].Original[0]) && (t > 0 || !StopWords.IsStopWord(tokens[t].Key, Languages.German));
                if (Listed(tokens[t].Key) is { } listed)
                {
                    words.Add(MainSense(listed, noun));
                    continue;
                }
                var parts = SplitCompound(tokens[t].Key, evenWhenListed: true);
                words.AddRange(parts.Count > 0 ? parts.Select(part => MainSense(Listed(part)!, noun)) : [tokens[t].Original]);
            }
        }
        return string.Join(' ', words);
    }

    private string MainSense(string listed, bool noun)
    {
        var (preferred, other) = noun ? (_headwords.Nouns, _headwords.Others) : (_headwords.Others, _headwords.Nouns);
        return preferred.GetValueOrDefault(listed) ?? other.GetValueOrDefault(listed) ?? _toEnglish[listed][0];
    }

    public bool KnowsEnglish(string englishKey) => _toGerman.ContainsKey(englishKey);

    /// <summary>Reads a Ding-format file; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
    public static TranslationLexicon Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, path);
    }

    public static TranslationLexicon Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var toEnglish = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var toGerman = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        var others = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var sides = line.Split(" :: ");
            if (sides.Length != 2) continue;
            var german = sides[0].Split(" | ");
            var english = sides[1].Split(" | ");
            if (Alternatives(german[0]).FirstOrDefault() is { } head && Words(head, isGerman: true) is [var headword]
                && Alternatives(english[0]).Select(a => Words(a, isGerman: false)).FirstOrDefault(w => w.Count is > 0 and <= 3) is { } sense)
            {
                var headwords = char.IsUpper(StripBrackets(head).TrimStart()[0]) ? nouns : others;
                headwords.TryAdd(Intern(pool, headword), Intern(pool, string.Join(' ', sense)));
            }
            for (var s = 0; s < Math.Min(german.Length, english.Length); s++)
            {
                var germanWords = Alternatives(german[s]).Select(a => Words(a, isGerman: true)).Where(w => w.Count == 1).Select(w => w[0]).Distinct().ToList();
                var englishPhrases = Alternatives(english[s]).Take(AlternativesPerSense).Select(a => Words(a, isGerman: false))
                    .Where(w => w.Count is > 0 and <= 3).ToList();
                foreach (var g in germanWords)
                {
                    foreach (var phrase in englishPhrases)
                    {
                        Add(toEnglish, Intern(pool, g), Intern(pool, string.Join(' ', phrase)));
                        // Only one-word translations are looked up backwards: "label" alone does not mean "Eigenmarke".
                        if (phrase.Count == 1) Add(toGerman, Intern(pool, phrase[0]), Intern(pool, g));
                    }
                }
            }
        }
        return new TranslationLexicon(Freeze(toEnglish), Freeze(toGerman), new Headwords(nouns, others), source);
    }

    private static string[] Alternatives(string sense) => sense.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The folded words of one alternative, after dropping annotations ({f}, [ugs.], (…)), object placeholders
    /// (etw., jdn., sb., sth.) and the English infinitive "to"; empty when a word is not plain letters.
    /// </summary>
    private static List<string> Words(string alternative, bool isGerman)
    {
        var words = StripBrackets(alternative).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !IsPlaceholder(w))
            .Select(w => w.Trim('.', ',', '!', '?', '\'', '"', '…'))
            .ToList();
        if (!isGerman && words.Count > 1 && words[0] == "to") words.RemoveAt(0);
        if (words.Any(w => w.Length < 2 || !w.All(c => char.IsLetter(c) || c == '-'))) return [];
        return words.Select(TextNormalizer.Fold).ToList();
    }

    private static bool IsPlaceholder(string word) => word.TrimEnd(',') is "etw." or "jdn." or "jdm." or "jds." or "sich" or "sb." or "sth."
        or "sb's" or "etw./jdn." or "jdn./etw." or "sb./sth." or "sth./sb." or "jdm./etw." or "etw./jdm.";

    private static string StripBrackets(string text)
    {
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '{' or '[' or '(') depth++;
            else if (c is '}' or ']' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<string>(2);
        if (!list.Contains(value)) list.Add(value);
    }

    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (pool.TryGetValue(value, out var existing)) return existing;
        pool[value] = value;
        return value;
    }

    private static Dictionary<string, string[]> Freeze(Dictionary<string, List<string>> map) =>
        map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
