using System.Globalization;
using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Concepts that people name in many words ("Kaltakquise", "neue Kunden gewinnen", "new business"), each a
/// list of forms. The default glossary (<c>sales-glossary.txt</c>) holds general B2B sales levers; an
/// organisation adds its own lines (products, abbreviations, internal words) in the same format, see the
/// file's header. A text containing a form of a concept carries that concept as a language-free term.
/// </summary>
public sealed class Glossary
{
    // Each word of a multi-word form follows the one before within this many words ("gewinnen in diesem Jahr 120 neue …").
    private const int Window = 6;

    private readonly List<(string Concept, Pattern[] Words)> _forms;

    private Glossary(List<(string Concept, Pattern[] Words)> forms) => _forms = forms;

    public static Glossary Empty { get; } = new([]);

    /// <summary>The general sales glossary shipped with the product.</summary>
    public static Glossary Default { get; } = Load("sales-glossary.txt");

    /// <summary>What an answer without a priority is about: "#unsure", "#deflects" (diffuse) or "#workplace" (off-topic).</summary>
    internal static Glossary AnswerCues { get; } = Load("answer-cues.txt");

    /// <summary>Whether an answer's <see cref="AnswerCues"/> say that it does not know or points elsewhere.</summary>
    internal static bool Doubts(IReadOnlyList<string> cues) => cues.Contains("#unsure") || cues.Contains("#deflects");

    public int ConceptCount => _forms.Select(f => f.Concept).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Parses glossary lines; throws <see cref="GlossaryFormatException"/> naming the first bad line.</summary>
    public static Glossary Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var forms = new List<(string, Pattern[])>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new GlossaryFormatException(lineNumber, GlossaryProblem.NoColon, "expected \"concept: form; form; …\"");
            var concept = TextNormalizer.Fold(line[..colon].Trim());
            if (!concept.All(c => char.IsLetterOrDigit(c) || c is '-' or '_')) throw new GlossaryFormatException(lineNumber, GlossaryProblem.BadConcept, $"the concept name '{line[..colon].Trim()}' may only have letters, digits and '-'");
            var parsed = line[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(form => Words(form)).Where(w => w.Length > 0).ToList();
            if (parsed.Count == 0) throw new GlossaryFormatException(lineNumber, GlossaryProblem.NoForms, $"the concept '{concept}' has no forms");
            forms.AddRange(parsed.Select(w => ("#" + concept, w)));
        }
        return new Glossary(forms);
    }

    /// <summary>This glossary's concepts plus <paramref name="other"/>'s (an organisation's additions).</summary>
    public Glossary With(Glossary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Glossary([.. _forms, .. other._forms]);
    }

    /// <summary>The concepts (as "#name") that occur in a text, given as its folded words in order.</summary>
    public IReadOnlyList<string> ConceptsIn(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<string>();
        foreach (var (concept, patterns) in _forms)
        {
            if (found.Contains(concept) || !Occurs(patterns, words)) continue;
            found.Add(concept);
        }
        return found;
    }

    private static bool Occurs(Pattern[] patterns, IReadOnlyList<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            if (patterns[0].Matches(words[start]) && Follows(patterns, 1, words, start)) return true;
        }
        return false;
    }

    /// <summary>Whether patterns from <paramref name="next"/> on occur in order, each within the window after the previous one.</summary>
    private static bool Follows(Pattern[] patterns, int next, IReadOnlyList<string> words, int previous)
    {
        if (next == patterns.Length) return true;
        for (var w = previous + 1; w <= Math.Min(words.Count - 1, previous + Window); w++)
        {
            if (patterns[next].Matches(words[w]) && Follows(patterns, next + 1, words, w)) return true;
        }
        return false;
    }

    private static Pattern[] Words(string form) =>
        form.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new Pattern(TextNormalizer.Fold(w.Trim('*')), w.StartsWith('*'), w.EndsWith('*')))
            .Where(p => p.Core.Length > 0)
            .ToArray();

    private static Glossary Load(string resource)
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(resource + " is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private readonly record struct Pattern(string Core, bool AnyStart, bool AnyEnd)
    {
        public bool Matches(string word) => (AnyStart, AnyEnd) switch
        {
            (false, false) => word == Core,
            (false, true) => word.StartsWith(Core, StringComparison.Ordinal),
            (true, false) => word.EndsWith(Core, StringComparison.Ordinal),
            _ => word.Contains(Core, StringComparison.Ordinal),
        };
    }
}

/// <summary>Why a glossary line cannot be read, for messages in the reader's language.</summary>
public enum GlossaryProblem
{
    NoColon,
    BadConcept,
    NoForms,
}

/// <summary>A glossary line that cannot be read; the message names the line and why.</summary>
public sealed class GlossaryFormatException : FormatException
{
    public GlossaryFormatException()
    {
    }

    public GlossaryFormatException(string message)
        : base(message)
    {
    }

    public GlossaryFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public GlossaryFormatException(int line, GlossaryProblem problem, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"glossary line {line}: {reason}"))
    {
        Line = line;
        Problem = problem;
    }

    public int Line { get; }

    public GlossaryProblem Problem { get; }
}
