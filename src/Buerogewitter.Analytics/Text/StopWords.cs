using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Text;

/// <summary>
/// Our own short stop-word lists (folded spelling). Kept separate from featurization because
/// ML.NET's FeaturizeText ignores its stop-word option.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderen",
        "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bist", "bitte", "da", "dabei", "dadurch", "dafuer", "damit",
        "dann", "das", "dass", "dem", "den", "denn", "der", "des", "dessen", "die", "dies", "diese", "diesem", "diesen",
        "dieser", "dieses", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er",
        "es", "etwas", "euch", "euer", "fuer", "gegen", "gibt", "hab", "habe", "haben", "hat", "hatte", "hier", "ich",
        "ihr", "ihre", "ihrem", "ihren", "im", "immer", "in", "ins", "ist", "ja", "je", "jetzt", "kann", "koennen",
        "man", "mal", "mich", "mir", "mit", "muss", "muessen", "nach", "nein", "noch", "nun", "nur", "ob", "oder", "ohne",
        "schon", "sehr", "sein", "seine", "sich", "sie", "sind", "so", "soll", "sollen", "sollte", "sowie", "um", "und",
        "uns", "unser", "unsere", "unserem", "unseren", "unserer", "unter", "viel", "vom", "von", "vor", "wann", "war",
        "waren", "was", "weil", "wenn", "wer", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "wollen", "wurde",
        "zu", "zum", "zur", "ueber", "halt", "eben", "eigentlich", "quasi", "irgendwie", "naja", "na", "ne", "oh",
        "genau", "mehr", "sonst", "geht", "gehen", "glaube", "denke", "meiner", "meinung", "meine", "mein", "ca", "usw", "bzw", "zb", "sprich",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by",
        "can", "could", "did", "do", "does", "doing", "for", "from", "get", "got", "had", "has", "have", "he", "her",
        "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my",
        "of", "on", "or", "our", "ours", "out", "over", "really", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "up", "us",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would",
        "you", "your", "think", "guess", "basically", "like", "well", "i'm", "it's", "we're", "don't",
    };

    public static bool IsStopWord(string key, string language) =>
        language == Languages.English ? English.Contains(key) : German.Contains(key);

    internal static bool IsGerman(string key) => German.Contains(key);

    internal static bool IsEnglish(string key) => English.Contains(key);
}
