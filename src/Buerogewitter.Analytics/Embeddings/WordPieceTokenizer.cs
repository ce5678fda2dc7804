using System.Globalization;
using System.Text;

namespace Buerogewitter.Analytics.Embeddings;

/// <summary>BERT's tokenizer: lower-case, strip accents, split on punctuation, then greedy longest-match word pieces.</summary>
internal sealed class WordPieceTokenizer
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly bool _lowerCase;

    public WordPieceTokenizer(IEnumerable<string> vocabularyLines, bool lowerCase)
    {
        _vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        foreach (var line in vocabularyLines) _vocabulary.TryAdd(line.TrimEnd('\r'), id++);
        _lowerCase = lowerCase;
        Cls = Id("[CLS]");
        Sep = Id("[SEP]");
        Unknown = Id("[UNK]");
    }

    public int Cls { get; }

    public int Sep { get; }

    public int Unknown { get; }

    /// <summary>[CLS] pieces [SEP], cut to <paramref name="maxLength"/> ids.</summary>
    public List<int> Encode(string text, int maxLength)
    {
        var ids = new List<int> { Cls };
        foreach (var word in BasicTokens(text))
        {
            AddPieces(word, ids);
            if (ids.Count >= maxLength - 1) break;
        }
        if (ids.Count > maxLength - 1) ids.RemoveRange(maxLength - 1, ids.Count - (maxLength - 1));
        ids.Add(Sep);
        return ids;
    }

    private int Id(string token) => _vocabulary.TryGetValue(token, out var id) ? id : throw new InvalidDataException($"vocabulary lacks {token}");

    private IEnumerable<string> BasicTokens(string text)
    {
        if (_lowerCase)
        {
            // Uncased BERT vocabularies were built on accent-stripped text: "Außendienst" → "aussendienst"-like pieces.
            var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
            text = new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        }
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
            }
            else if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
                yield return c.ToString();
            }
            else
            {
                current.Append(c);
            }
        }
        if (current.Length > 0) yield return current.ToString();
    }

    private void AddPieces(string word, List<int> ids)
    {
        if (word.Length > 100)
        {
            ids.Add(Unknown);
            return;
        }
        var pieces = new List<int>();
        var start = 0;
        while (start < word.Length)
        {
            var end = word.Length;
            var found = -1;
            while (end > start)
            {
                var piece = start == 0 ? word[start..end] : "##" + word[start..end];
                if (_vocabulary.TryGetValue(piece, out var id))
                {
                    found = id;
                    break;
                }
                end--;
            }
            if (found < 0)
            {
                ids.Add(Unknown);
                return;
            }
            pieces.Add(found);
            start = end;
        }
        ids.AddRange(pieces);
    }
}
