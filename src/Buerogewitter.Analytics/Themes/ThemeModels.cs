using Buerogewitter.Analytics.Embeddings;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Themes;

/// <summary>One free-text answer; <paramref name="Language"/> null means detect it.</summary>
public sealed record AnswerText(string Text, string? Language = null);

/// <summary>How themes are found. Null <see cref="K"/> chooses k automatically by silhouette.</summary>
public sealed record ThemeOptions
{
    /// <summary>Fixed number of themes, or null to choose between <see cref="MinK"/> and <see cref="MaxK"/>.</summary>
    public int? K { get; init; }

    public int MinK { get; init; } = 2;

    public int MaxK { get; init; } = 12;

    public int Seed { get; init; }

    /// <summary>
    /// KMeans restarts with different seeds; the lowest inertia wins. Ten, scikit-learn's long-standing
    /// n_init: on 100,000 answers single runs ranged 0.60–0.70 NMI, and the lowest of ten inertias landed
    /// near the top where the lowest of three did not.
    /// </summary>
    public int Restarts { get; init; } = 10;

    /// <summary>"de", "en" or "auto" (per answer).</summary>
    public string Language { get; init; } = "auto";

    /// <summary>Fallback when detection is undecided.</summary>
    public string DefaultLanguage { get; init; } = Languages.German;

    /// <summary>
    /// Optional sentence embeddings: they carry <see cref="MeaningWeight"/> of the similarity of two answers, the
    /// character n-grams the rest.
    /// </summary>
    public ISentenceEmbedder? Embedder { get; init; }

    /// <summary>
    /// Share of the similarity that comes from the sentence embeddings when there is an <see cref="Embedder"/>.
    /// 0.4 by bench eval-themes (mean of three seeds, when it was chosen): MASSIVE-de dev NMI 0.611 at 0.4, 0.604 at 0.5 and 0.613 at
    /// 0.6; an answer and its translation share a theme in 64% of strategy-answers' pairs at 0.4, 62% at 0.5, 59% at
    /// 0.6 and 55% with n-grams alone; Banking77 prefers more (0.742 at 0.4, 0.778 at 0.6, 0.787 with embeddings
    /// alone on one seed).
    /// </summary>
    public float MeaningWeight { get; init; } = 0.4f;

    /// <summary>Words a German answer's gloss keeps as written (names of products, places, customers).</summary>
    public IReadOnlySet<string>? Names { get; init; }

    /// <summary>The German–English dictionary that puts both languages' words into one feature space; null: none.</summary>
    public TranslationLexicon? Lexicon { get; init; }

    /// <summary>Concepts named in many words (the sales glossary plus an organisation's lines).</summary>
    public Glossary Glossary { get; init; } = Glossary.Default;

    /// <summary>
    /// Share of an answer's similarity that comes from its meaning in one language for all rather than its own
    /// character n-grams; 0 turns the shared part off, null chooses by the answers' languages
    /// (<see cref="ThemeAnalyzer"/>).
    /// </summary>
    public float? PivotWeight { get; init; }

    public bool SetAsideDiffuse { get; init; } = true;

    /// <summary>Answers used to choose k; silhouette costs the square of this.</summary>
    public int AutoKSample { get; init; } = 1000;

    /// <summary>N-grams seen in fewer answers are dropped; 0 picks 2 for large inputs (over 20,000 answers), else 1.</summary>
    public int MinDocumentFrequency { get; init; }

    public int TopTerms { get; init; } = 8;

    public int RepresentativeCount { get; init; } = 3;
}

/// <summary>Per answer: its theme id (null when diffuse or empty) and the detected language.</summary>
public sealed record ThemeAssignment(int Index, int? ThemeId, bool IsDiffuse, string Language);

/// <summary>
/// A theme: label from its most distinctive terms (original spelling), representative answers
/// (indices into the input), and the vectors used to match it to another wave's themes.
/// </summary>
public sealed record Theme(
    int Id,
    string Label,
    IReadOnlyList<string> TopTerms,
    IReadOnlyList<int> RepresentativeAnswers,
    int Size,
    IReadOnlyDictionary<string, double> TermWeights,
    float[]? EmbeddingCentroid,
    string? EmbedderName);

/// <summary>The outcome of <see cref="ThemeAnalyzer.Analyze"/>.</summary>
public sealed record ThemeResult(
    IReadOnlyList<ThemeAssignment> Answers,
    IReadOnlyList<Theme> Themes,
    int K,
    IReadOnlyDictionary<int, double> SilhouetteByK,
    double DiffuseShare);
