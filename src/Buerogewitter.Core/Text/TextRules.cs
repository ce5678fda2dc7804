namespace Buerogewitter.Core.Text;

/// <summary>
/// Length and character rules for text that people type or import: names, e-mails, labels. Text without
/// limits turned a 6 MB roster name into a 5 s report; control characters (NUL, line breaks in a
/// one-line field, escape sequences, right-to-left overrides) break CSV files and rewrite terminals.
/// </summary>
public static class TextRules
{
    public const int EmailLength = 254;
    public const int NameLength = 200;
    public const int ShortTextLength = 100;
    public const int LineLength = 500;
    public const int ParagraphLength = 4000;

    /// <summary>The problem with one field, saying which and why, or null when it is fine.</summary>
    public static string? Check(string field, string value, int maxLength, bool multiline = false) => Find(value, maxLength, multiline) switch
    {
        null => null,
        { ControlCharacter: { } c } => $"{field} contains the control character U+{(int)c:X4}",
        var fault => $"{field} is longer than {fault.MaxLength} characters ({fault.Length})",
    };

    /// <summary>What is wrong with a field's text, for callers that word the message themselves; null when it is fine.</summary>
    public static TextFault? Find(string value, int maxLength, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > maxLength)
        {
            return new TextFault(maxLength, value.Length, null);
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!IsPlain(value[i]) && !(multiline && value[i] is '\n' or '\r' or '\t'))
            {
                return new TextFault(maxLength, value.Length, value[i]);
            }
        }

        return null;
    }

    /// <summary>Whether the character is plain text: no control or direction-override character.</summary>
    public static bool IsPlain(char c) => !char.IsControl(c) && c is not ((>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
}

/// <summary>A field that breaks <see cref="TextRules"/>: longer than <see cref="MaxLength"/>, or holding <see cref="ControlCharacter"/>.</summary>
public sealed record TextFault(int MaxLength, int Length, char? ControlCharacter);
