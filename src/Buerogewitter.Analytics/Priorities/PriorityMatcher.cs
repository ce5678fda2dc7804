using Buerogewitter.Analytics.Text;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Lexical evidence that an answer names a priority. Each text of a priority (German, English, each example)
/// is a list of terms; a term that a rival priority also has weighs little, because a word shared by two
/// priorities does not say which one is meant, and a German word that is not a noun weighs half
/// (the object of a priority is what identifies it). The evidence for a priority is, over its texts, the highest
/// summed weight of the terms the answer matches: 1 is one distinctive noun.
/// </summary>
internal sealed class PriorityMatcher
{
    private const double SharedWeight = 0.25;
    private const double NonNounWeight = 0.5;


    private readonly List<List<(string Language, List<Term> Terms)>> _texts;

    private sealed record Term(WordUnit Unit, double Weight);

    public PriorityMatcher(IReadOnlyList<Priority> priorities, int currentCount, WordUnits units, string defaultLanguage)
    {
        var textsOf = priorities.Select(p => TextsOf(p, units, defaultLanguage)).ToList();
        _texts = [];
        for (var p = 0; p < priorities.Count; p++)
        {
            // A current priority competes with the other current ones: that last year's priority shared a word
            // with it ("neue Kundengruppe") does not make the word ambiguous today. A stale one competes with all.
            var rivals = p < currentCount ? currentCount : priorities.Count;
            var others = textsOf.Take(rivals).Where((_, q) => q != p).SelectMany(t => t).SelectMany(t => t.Units).ToList();
            _texts.Add(textsOf[p].Select(text => (text.Language, text.Units
                .DistinctBy(u => (u.Language, u.Stem))
                .Select(u => new Term(u, (others.Any(o => o.Matches(u)) ? SharedWeight : 1.0) * (u.IsNoun ? 1.0 : NonNounWeight)))
                .ToList())).ToList());
        }
    }

    public int Count => _texts.Count;

    /// <summary>
    /// Per priority, the highest summed weight of one of its texts' terms that <paramref name="answer"/> matches,
    /// from texts in the answer's language (<see cref="LexicalEvidence.Same"/>) and in the other language, through the
    /// dictionary (<see cref="LexicalEvidence.Cross"/>).
    /// </summary>
    public LexicalEvidence Evidence(IReadOnlyList<WordUnit> answer, string language)
    {
        var same = new double[_texts.Count];
        var cross = new double[_texts.Count];
        for (var p = 0; p < _texts.Count; p++)
        {
            foreach (var (textLanguage, terms) in _texts[p])
            {
                var sum = terms.Where(t => answer.Any(a => a.Matches(t.Unit))).Sum(t => t.Weight);
                if (textLanguage == language) same[p] = Math.Max(same[p], sum);
                else cross[p] = Math.Max(cross[p], sum);
            }
        }
        return new LexicalEvidence(same, cross);
    }

    internal string Explain(IReadOnlyList<WordUnit> answer, int p) => string.Join(" | ", _texts[p]
        .Select(text => string.Join(" ", text.Terms.Where(t => answer.Any(a => a.Matches(t.Unit)))
            .Select(t => $"{t.Unit.Original}<-{string.Join("/", answer.Where(a => a.Matches(t.Unit)).Select(a => a.Original))}({t.Weight})")))
        .Where(x => x.Length > 0));

    private static List<(string Language, List<WordUnit> Units)> TextsOf(Priority priority, WordUnits units, string defaultLanguage)
    {
        var texts = new List<string> { priority.Text };
        if (priority.TextEn is { Length: > 0 } english) texts.Add(english);
        texts.AddRange(priority.Examples ?? []);
        return texts.Select(text =>
        {
            var language = text == priority.TextEn ? Languages.English : LanguageDetector.Detect(text, defaultLanguage, units.Lexicon);
            return (language, units.Of(text, language));
        }).ToList();
    }
}

/// <summary>
/// Lexical evidence per priority: from its texts in the answer's language, and from those in the other
/// language through the dictionary. <see cref="Combined"/> weighs a translated match at 0.6: translations cross
/// senses ("Bestand" is also "stock"), so one translated word alone does not name a priority.
/// </summary>
internal sealed record LexicalEvidence(double[] Same, double[] Cross)
{
    private const double CrossLanguageWeight = 0.6;

    public double Combined(int p) => Math.Max(Same[p], Cross[p] * CrossLanguageWeight);
}
