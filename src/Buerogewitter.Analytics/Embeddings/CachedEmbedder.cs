using System.Collections.Concurrent;

namespace Buerogewitter.Analytics.Embeddings;

/// <summary>
/// Remembers each text's vector for the life of the process: a wave's answers are embedded once for recall and
/// reused by re-analyses, and priority texts once per strategy version.
/// </summary>
public sealed class CachedEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    public string Name => inner.Name;

    public int Dimension => inner.Dimension;

    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var missing = sentences.Where(s => !_cache.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = inner.Embed(missing);
            for (var i = 0; i < missing.Count; i++) _cache[missing[i]] = vectors[i];
        }
        return sentences.Select(s => _cache[s]).ToArray();
    }
}
