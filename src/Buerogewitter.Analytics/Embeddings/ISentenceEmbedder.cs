namespace Buerogewitter.Analytics.Embeddings;

/// <summary>Turns sentences into L2-normalised vectors of a fixed dimension.</summary>
public interface ISentenceEmbedder
{
    /// <summary>A stable name (model identity): theme centroids are only comparable across waves with the same name.</summary>
    string Name { get; }

    int Dimension { get; }

    float[][] Embed(IReadOnlyList<string> sentences);
}
