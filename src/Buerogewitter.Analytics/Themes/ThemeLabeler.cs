using System.Text.RegularExpressions;
using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Analytics.Themes;

/// <summary>
/// c-TF-IDF: a term's share of a theme's words times log(1 + average words per theme / the term's
/// frequency over all clustered answers). Terms are counted by stem and shown in their original
/// spelling, preferring the form with umlauts, so "Außendienst" is shown even where most typed "aussendienst".
/// </summary>
internal sealed partial class ThemeLabeler
{
    private readonly List<List<string>> _stems;
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private readonly double _averagePerTheme;

    public ThemeLabeler(IReadOnlyList<IReadOnlyList<Token>> tokensPerAnswer, IReadOnlyList<int> clustered, int themeCount)
    {
        _stems = tokensPerAnswer.Select(ts => ts.Where(t => t.Key.Length > 2).Select(t => Stemmer.Stem(t.Key, "de")).ToList()).ToList();
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var i in clustered)
        {
            foreach (var t in tokensPerAnswer[i].Where(t => t.Key.Length > 2))
            {
                var stem = Stemmer.Stem(t.Key, "de");
                _totals[stem] = _totals.GetValueOrDefault(stem) + 1;
                if (!spellings.TryGetValue(stem, out var forms)) spellings[stem] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[t.Original] = forms.GetValueOrDefault(t.Original) + 1;
            }
        }
        foreach (var (stem, forms) in spellings)
        {
            _display[stem] = forms
                .OrderByDescending(f => f.Key.Any(c => c > 127))
                .ThenByDescending(f => f.Value)
                .ThenBy(f => f.Key, StringComparer.Ordinal)
                .First().Key;
        }
        _averagePerTheme = _totals.Values.Sum() / (double)Math.Max(1, themeCount);
    }

    public (IReadOnlyList<string> Terms, IReadOnlyDictionary<string, double> Weights) Label(IReadOnlyList<int> members, int top)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var answersWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            foreach (var s in _stems[i]) counts[s] = counts.GetValueOrDefault(s) + 1;
            foreach (var s in _stems[i].Distinct()) answersWith[s] = answersWith.GetValueOrDefault(s) + 1;
        }
        var total = Math.Max(1, counts.Values.Sum());
        // A typo seen once in a large theme is not its label.
        var minAnswers = members.Count >= 6 ? 2 : 1;
        var weights = counts
            .Where(kv => answersWith[kv.Key] >= minAnswers)
            .Select(kv => (kv.Key, Weight: (double)kv.Value / total * Math.Log(1 + (_averagePerTheme / _totals[kv.Key]))))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(20)
            .ToDictionary(p => p.Key, p => p.Weight, StringComparer.Ordinal);
        return (weights.Keys.Take(top).Select(s => _display.GetValueOrDefault(s, s)).ToList(), weights);
    }

    /// <summary>
    /// A label a reader takes in at a glance: the first clause of the theme's most representative answer, at most
    /// <see cref="PhraseWords"/> words ("Die Halle in Peine voll kriegen" rather than "Halle, Peine, voll").
    /// </summary>
    public static string Phrase(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var clause = ClauseEnd().Split(answer).Select(c => c.Trim())
            .FirstOrDefault(c => c.Any(char.IsLetter)) ?? answer.Trim();
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= PhraseWords ? clause : string.Join(' ', words.Take(PhraseWords)) + " …";
    }

    private const int PhraseWords = 6;

    // Punctuation ends a clause only before a space or the end: "42.000 qm" and "42,000 sqm" stay whole.
    [GeneratedRegex(@"[.,;:!?](?=\s|$)|[–(\n]")]
    private static partial Regex ClauseEnd();
}
