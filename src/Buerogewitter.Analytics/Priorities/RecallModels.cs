using System.Text.Json;
using System.Text.Json.Serialization;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// The fitted models of priority recall and their feature rows, and the model of diffuse answers
/// (<see cref="DiffuseModel"/>). <c>recall-models.json</c> is written by
/// <c>bench eval-strategy --fit</c> from the coded answers of the strategy-answers evaluation set (companies the
/// code was not written for, both languages of every answer); the figures that judge the method are measured
/// leave one company out, each company scored by a model fitted on the other two.
/// </summary>
public sealed record RecallModels(LogisticModel WithEmbeddings, LogisticModel LexicalOnly, DiffuseModel Diffuse)
{
    public static readonly IReadOnlyList<string> FeatureNames =
        ["bias", "lexical", "lexical_hit", "lexical_margin", "lexical_other_language", "semantic", "semantic_margin", "semantic_best", "semantic_english", "stale", "english"];

    public const string ResourceName = "recall-models.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static RecallModels Shipped { get; } = Load();

    /// <summary>The JSON the bench writes and the product embeds.</summary>
    public string ToJson(string fittedOn) => JsonSerializer.Serialize(
        new Stored(fittedOn, FeatureNames, WithEmbeddings.Weights, LexicalOnly.Weights,
            new StoredDiffuse(Diffuse.Embedder, DiffuseModel.WordFeatures, Diffuse.WithEmbeddings.Weights, Diffuse.LexicalOnly.Weights)), Indented);

    private static RecallModels Load()
    {
        using var stream = typeof(RecallModels).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded");
        var stored = JsonSerializer.Deserialize<Stored>(stream) ?? throw new InvalidOperationException(ResourceName + " is empty");
        // A model fitted on other feature rows than the scorer computes would score nonsense without complaint.
        if (!stored.Features.SequenceEqual(FeatureNames))
        {
            throw new InvalidOperationException($"{ResourceName} was fitted on the features [{string.Join(", ", stored.Features)}], the scorer computes [{string.Join(", ", FeatureNames)}]: run bench eval-strategy --fit");
        }
        if (stored.Diffuse is not { } diffuse || !diffuse.Features.SequenceEqual(DiffuseModel.WordFeatures))
        {
            throw new InvalidOperationException($"{ResourceName} has no diffuse model on the features [{string.Join(", ", DiffuseModel.WordFeatures)}]: run bench eval-strategy --fit");
        }
        var dimension = diffuse.WithEmbeddings.Count - DiffuseModel.WordFeatures.Count;
        return new RecallModels(new LogisticModel(FeatureNames, stored.WithEmbeddings), new LogisticModel(FeatureNames, stored.LexicalOnly),
            new DiffuseModel(diffuse.Embedder, new LogisticModel(DiffuseModel.FeaturesWithEmbeddings(dimension), diffuse.WithEmbeddings),
                new LogisticModel(DiffuseModel.WordFeatures, diffuse.LexicalOnly)));
    }

    private sealed record Stored(
        [property: JsonPropertyName("fitted_on")] string FittedOn,
        [property: JsonPropertyName("features")] IReadOnlyList<string> Features,
        [property: JsonPropertyName("with_embeddings")] IReadOnlyList<double> WithEmbeddings,
        [property: JsonPropertyName("lexical_only")] IReadOnlyList<double> LexicalOnly,
        [property: JsonPropertyName("diffuse")] StoredDiffuse? Diffuse);

    private sealed record StoredDiffuse(
        [property: JsonPropertyName("embedder")] string Embedder,
        [property: JsonPropertyName("features")] IReadOnlyList<string> Features,
        [property: JsonPropertyName("with_embeddings")] IReadOnlyList<double> WithEmbeddings,
        [property: JsonPropertyName("lexical_only")] IReadOnlyList<double> LexicalOnly);

    public LogisticModel For(bool embeddings) => embeddings ? WithEmbeddings : LexicalOnly;

    /// <summary>The feature row of priority <paramref name="p"/> given every priority's lexical and semantic evidence.</summary>
    internal static double[] Row(LexicalEvidence lexical, double[]? semantic, int p, bool isStale, string language)
    {
        var lex = Math.Min(lexical.Combined(p), 3);
        var otherLex = 0.0;
        for (var q = 0; q < lexical.Same.Length; q++)
        {
            if (q != p) otherLex = Math.Max(otherLex, Math.Min(lexical.Combined(q), 3));
        }
        double sem = 0, semMargin = 0, semBest = 0;
        if (semantic is not null)
        {
            sem = semantic[p];
            var other = double.MinValue;
            for (var q = 0; q < semantic.Length; q++)
            {
                if (q != p) other = Math.Max(other, semantic[q]);
            }
            semMargin = semantic.Length > 1 ? sem - other : 0;
            semBest = semMargin >= 0 ? 1 : 0;
        }
        var english = language == "en" ? 1 : 0;
        return [1, lex, lex >= 1 ? 1 : 0, lex - otherLex, Math.Min(lexical.Cross[p], 3), sem, semMargin, semBest, sem * english, isStale ? 1 : 0, english];
    }
}
