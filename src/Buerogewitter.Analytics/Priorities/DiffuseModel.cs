using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Whether an answer that names no priority still says something concrete ("Tierarztpraxen als zusätzliche
/// Kundengruppe", "Enter the Benelux market") or nothing ("Kunde ist König", "keine Ahnung"). A logistic model
/// over what the answer says: whether it doubts or points elsewhere (the "unsure" and "deflects" cues of
/// <c>answer-cues.txt</c>), how much of it is words every strategy claims (<see cref="GenericWords"/>), how many
/// other content words it has, and, when the sentence model it was fitted with reads the answer, the answer's
/// sentence embedding (German as its English gloss). Fitted with the recall model by <c>bench eval-strategy --fit</c>.
/// </summary>
public sealed record DiffuseModel(string Embedder, LogisticModel WithEmbeddings, LogisticModel LexicalOnly)
{
    public static readonly IReadOnlyList<string> WordFeatures = ["bias", "doubt", "generic_share", "other_words"];

    /// <summary>The feature names of the model with embeddings: the word features, then one per embedding dimension.</summary>
    public static IReadOnlyList<string> FeaturesWithEmbeddings(int dimension) =>
        [.. WordFeatures, .. Enumerable.Range(0, dimension).Select(i => "embedding_" + i)];

    /// <summary>
    /// The feature row of an answer: the word features, then its embedding when there is one. Beyond three
    /// other words an answer says something whatever they are, so the count stops there.
    /// </summary>
    internal static double[] Row(IReadOnlyList<Token> tokens, IReadOnlyList<string> cues, float[]? embedding)
    {
        var content = tokens.Where(WordUnits.IsContent).ToList();
        var generic = content.Count(t => GenericWords.Contains(t.Key));
        var doubt = Glossary.Doubts(cues) ? 1 : 0;
        double[] words = [1, doubt, content.Count == 0 ? 1 : generic / (double)content.Count, Math.Min(content.Count - generic, 3) / 3.0];
        return embedding is null ? words : [.. words, .. embedding.Select(x => (double)x)];
    }

    /// <summary>
    /// True when the answer has no concrete content. The model with embeddings decides only for a row embedded
    /// by the model it was fitted with (<paramref name="embedder"/> is that model's name); any other row is
    /// judged by its words.
    /// </summary>
    public bool IsDiffuse(double[] row, string? embedder)
    {
        ArgumentNullException.ThrowIfNull(row);
        var embedded = embedder == Embedder && row.Length == WithEmbeddings.Weights.Count;
        return (embedded ? WithEmbeddings : LexicalOnly).Probability(row) >= 0.5;
    }
}
