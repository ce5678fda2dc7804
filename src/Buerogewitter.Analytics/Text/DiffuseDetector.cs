using Buerogewitter.Analytics.Priorities;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Flags answers without concrete content when no priorities are known (<c>cluster</c>): nothing but stop words
/// and <see cref="GenericWords"/> ("mehr Umsatz", "Qualität und Effizienz"), or an answer that says it does not
/// know or points elsewhere (the "unsure" and "deflects" cues of <c>answer-cues.txt</c>) and names at most two
/// other things ("Keine Ahnung, ich bin die meiste Zeit beim Kunden"). With priorities known, the scorer decides
/// with its fitted <see cref="DiffuseModel"/>.
/// </summary>
public static class DiffuseDetector
{
    // "Weiß nicht genau, aber Neukunden im Mittelstand und Wartungsverträge" still names something.
    private const int MaxWordsBesidesDoubt = 2;

    /// <summary>True when the answer has no concrete content.</summary>
    public static bool IsDiffuse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TextNormalizer.Tokenize(text);
        var keys = tokens.Select(t => t.Key).ToList();
        if (Glossary.Default.ConceptsIn(keys).Count > 0) return false;
        var content = tokens.Count(t => WordUnits.IsContent(t) && !GenericWords.Contains(t.Key));
        if (content == 0) return true;
        var cues = Glossary.AnswerCues.ConceptsIn(keys);
        return content <= MaxWordsBesidesDoubt && Glossary.Doubts(cues);
    }
}
