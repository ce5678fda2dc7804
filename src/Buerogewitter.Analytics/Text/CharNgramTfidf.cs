using System.Runtime.InteropServices;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// TF-IDF over character 2–5-grams taken inside each word (padded with spaces), on folded,
/// stop-word-free words. Character n-grams inside words make German compounds such as
/// "Neukundengewinnung" share features with "neue Kunden gewinnen"; ML.NET's text featurizer
/// weights by plain term frequency and crosses word boundaries, so this is done here.
/// </summary>
public sealed class CharNgramTfidf
{
    private const int MinN = 2;
    private const int MaxN = 5;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly float[] _idf;

    private CharNgramTfidf(Dictionary<string, int> vocabulary, float[] idf)
    {
        _vocabulary = vocabulary;
        _idf = idf;
    }

    public int Dimension => _idf.Length;

    /// <summary>Learns the vocabulary and smoothed IDF from the documents (lists of word keys) and returns their vectors.</summary>
    public static (CharNgramTfidf Model, SparseVector[] Vectors) FitTransform(IReadOnlyList<IReadOnlyList<string>> documents, int minDocumentFrequency = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var df = new List<int>();
        var counts = new Dictionary<int, int>[documents.Count];
        var buffer = new char[64];
        for (var d = 0; d < documents.Count; d++)
        {
            var docCounts = new Dictionary<int, int>();
            foreach (var word in documents[d])
            {
                foreach (var gram in Grams(word, ref buffer))
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, gram.Span, out var exists);
                    if (!exists)
                    {
                        slot = df.Count;
                        df.Add(0);
                    }
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(docCounts, slot, out var seen);
                    if (!seen) df[slot]++;
                    count++;
                }
            }
            counts[d] = docCounts;
        }

        // Rare n-grams are pruned only when asked: they cost memory on large waves and carry little signal.
        var remap = new int[df.Count];
        var kept = 0;
        for (var i = 0; i < df.Count; i++) remap[i] = df[i] >= minDocumentFrequency ? kept++ : -1;
        var idf = new float[kept];
        var n = documents.Count;
        for (var i = 0; i < df.Count; i++)
        {
            if (remap[i] >= 0) idf[remap[i]] = (float)(Math.Log((1.0 + n) / (1.0 + df[i])) + 1.0);
        }
        if (kept < df.Count)
        {
            foreach (var key in vocabulary.Keys.ToList())
            {
                var mapped = remap[vocabulary[key]];
                if (mapped < 0) vocabulary.Remove(key);
                else vocabulary[key] = mapped;
            }
        }

        var model = new CharNgramTfidf(vocabulary, idf);
        var vectors = new SparseVector[n];
        for (var d = 0; d < n; d++)
        {
            vectors[d] = model.Weigh(counts[d].Where(kv => remap[kv.Key] >= 0).Select(kv => (remap[kv.Key], kv.Value)));
        }
        return (model, vectors);
    }

    /// <summary>Vectorises a new document with the learnt vocabulary; unseen n-grams are ignored.</summary>
    public SparseVector Transform(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new Dictionary<int, int>();
        var buffer = new char[64];
        foreach (var word in words)
        {
            foreach (var gram in Grams(word, ref buffer))
            {
                if (lookup.TryGetValue(gram.Span, out var slot))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, slot, out _)++;
                }
            }
        }
        return Weigh(counts.Select(kv => (kv.Key, kv.Value)));
    }

    private SparseVector Weigh(IEnumerable<(int Slot, int Count)> counts)
    {
        var pairs = counts.OrderBy(p => p.Slot).ToArray();
        var indices = new int[pairs.Length];
        var values = new float[pairs.Length];
        double norm = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            indices[i] = pairs[i].Slot;
            // Sublinear term frequency: a repeated n-gram in one short answer should not dominate it.
            var v = (float)((1.0 + Math.Log(pairs[i].Count)) * _idf[pairs[i].Slot]);
            values[i] = v;
            norm += v * v;
        }
        if (norm > 0)
        {
            var inv = (float)(1.0 / Math.Sqrt(norm));
            for (var i = 0; i < values.Length; i++) values[i] *= inv;
        }
        return new SparseVector(indices, values);
    }

    private static IEnumerable<ReadOnlyMemory<char>> Grams(string word, ref char[] buffer)
    {
        var padded = word.Length + 2;
        if (buffer.Length < padded) buffer = new char[padded * 2];
        buffer[0] = ' ';
        word.CopyTo(0, buffer, 1, word.Length);
        buffer[padded - 1] = ' ';
        return Enumerate(buffer, padded);
    }

    private static IEnumerable<ReadOnlyMemory<char>> Enumerate(char[] buffer, int length)
    {
        for (var n = MinN; n <= MaxN; n++)
        {
            for (var start = 0; start + n <= length; start++)
            {
                yield return new ReadOnlyMemory<char>(buffer, start, n);
            }
        }
    }
}
