using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Decides which official priorities an answer names, by meaning rather than by keyword: words,
/// abbreviations and English phrases are mapped to shared concepts (<see cref="DomainLexicon"/>),
/// compounds match their parts, and each priority's terms (from its text and examples) are
/// weighted by how distinctive they are: a term that also belongs to another priority, current or
/// stale, weighs nothing, and generic verbs weigh little. A priority is named when the matched
/// weight reaches 1, i.e. one distinctive term. Stale priorities are scored the same way.
/// </summary>
public sealed class PriorityScorer
{
    private const double Threshold = 1.0;
    private const double WeakWeight = 0.4;

    private static readonly HashSet<string> Weak = new[]
    {
        "verbessern", "verbesserung", "steigern", "steigerung", "erhoehen", "erhoehung", "ausbauen", "ausbau", "staerken",
        "staerkung", "verstaerken", "foerdern", "senken", "reduzieren", "sichern", "halten", "gewinnen", "konsequent", "konsequente",
        "fokus", "fokussieren", "schwerpunkt", "priorisieren", "improve", "increase", "reduce", "strengthen", "build",
        "focus", "priority", "grow", "keep", "kunde", "kunden", "customer", "customers", "client", "clients",
    }.Select(w => Stemmer.Stem(w, Languages.German)).ToHashSet(StringComparer.Ordinal);

    private readonly IReadOnlyList<Priority> _current;
    private readonly IReadOnlyList<Priority> _stale;
    private readonly List<Dictionary<string, double>> _termWeights;
    private readonly string _language;
    private readonly string _defaultLanguage;

    /// <summary>Prepares the matcher; <paramref name="language"/> is "de", "en" or "auto" (detect per answer).</summary>
    public PriorityScorer(IReadOnlyList<Priority> priorities, IReadOnlyList<Priority>? stale = null, string language = "auto", string defaultLanguage = Languages.German)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        _current = priorities;
        _stale = stale ?? [];
        _language = language;
        _defaultLanguage = defaultLanguage;
        var all = _current.Concat(_stale).ToList();
        var termSets = all.Select(p => Terms(string.Join(" . ", new[] { p.Text }.Concat(p.Examples ?? [])), null).ToHashSet(StringComparer.Ordinal)).ToList();
        _termWeights = [];
        for (var p = 0; p < all.Count; p++)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in termSets[p])
            {
                var shared = termSets.Where((set, q) => q != p && set.Any(other => SameOrPart(term, other) || SameOrPart(other, term))).Any();
                if (shared) continue;
                weights[term] = Weak.Contains(Stemmer.Stem(term, Languages.German)) ? WeakWeight : 1.0;
            }
            _termWeights.Add(weights);
        }
    }

    public PriorityResult Score(IReadOnlyList<AnswerText> answers, IReadOnlyList<CodedAnswer>? coded = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var scores = new List<PriorityAnswerScore>(answers.Count);
        for (var i = 0; i < answers.Count; i++) scores.Add(ScoreOne(i, answers[i]));
        if (coded is null || coded.Count == 0) return new PriorityResult(scores, null);
        return SupervisedPriorities.Apply(this, answers, scores, coded, seed);
    }

    internal IReadOnlyList<Priority> Current => _current;

    /// <summary>Matched weight per current priority: the matcher's evidence, also a feature for the supervised model.</summary>
    internal double[] Evidence(string text, string language)
    {
        var terms = Terms(text, language);
        var evidence = new double[_current.Count];
        for (var p = 0; p < _current.Count; p++) evidence[p] = Matched(p, terms);
        return evidence;
    }

    internal string LanguageOf(AnswerText answer) =>
        answer.Language ?? (_language is Languages.German or Languages.English ? _language : LanguageDetector.Detect(answer.Text ?? string.Empty, _defaultLanguage));

    private PriorityAnswerScore ScoreOne(int index, AnswerText answer)
    {
        var text = answer.Text ?? string.Empty;
        var language = LanguageOf(answer);
        var terms = Terms(text, language);
        var named = new List<string>();
        var stale = new List<string>();
        for (var p = 0; p < _current.Count + _stale.Count; p++)
        {
            if (Matched(p, terms) < Threshold) continue;
            if (p < _current.Count) named.Add(_current[p].Id);
            else stale.Add(_stale[p - _current.Count].Id);
        }
        // Naming a priority is concrete content, whatever filler surrounds it.
        var diffuse = named.Count == 0 && stale.Count == 0 && DiffuseDetector.IsDiffuse(text, language);
        return new PriorityAnswerScore(index, named, stale, diffuse, language);
    }

    private double Matched(int priority, List<string> answerTerms)
    {
        double sum = 0;
        foreach (var (term, weight) in _termWeights[priority])
        {
            if (answerTerms.Any(a => Matches(term, a))) sum += weight;
        }
        return sum;
    }

    /// <summary>
    /// Whether answer term <paramref name="answer"/> expresses priority term <paramref name="term"/>: compounds match
    /// their parts, and a short answer word may be the head of a priority's compound ("Messen" in "Messepräsenz").
    /// </summary>
    private static bool Matches(string term, string answer) =>
        SameOrPart(term, answer) || (answer[0] != '#' && answer.Length >= 4 && term.StartsWith(answer, StringComparison.Ordinal));

    /// <summary>Equal, or one is a compound containing the other; sharing between priorities is judged by this stricter rule.</summary>
    private static bool SameOrPart(string term, string answer)
    {
        if (term == answer) return true;
        if (term[0] == '#' || answer[0] == '#') return false;
        return (term.Length >= 5 && answer.Contains(term, StringComparison.Ordinal))
            || (answer.Length >= 6 && term.Contains(answer, StringComparison.Ordinal));
    }

    internal static List<string> Terms(string text, string? language)
    {
        var keys = TextNormalizer.Tokenize(text).Select(t => t.Key).ToList();
        var canonical = DomainLexicon.Canonicalize(keys);
        var lang = language ?? Languages.German;
        var terms = new List<string>();
        foreach (var key in canonical)
        {
            if (key[0] == '#')
            {
                terms.Add(key);
                continue;
            }
            if (key.Length < 2 || StopWords.IsGerman(key) || StopWords.IsEnglish(key) || DiffuseDetector.IsGenericWord(key)) continue;
            terms.Add(Stemmer.Stem(key, lang));
            // Concepts hidden inside compounds: "Neukundenquote" names new customers, "Margenziel" the margin.
            if (key.Length >= 8) terms.AddRange(DomainLexicon.ConceptsInside(key));
        }
        return terms;
    }
}
