using System.Buffers.Text;
using System.Security.Cryptography;

namespace Buerogewitter.Core.Pulses;

/// <summary>
/// The secret in a participant's survey link: 128 random bits, written URL-safe in 22 characters.
/// Only <see cref="Hash"/> is stored, so a copy of the database cannot be used to answer in someone's name.
/// </summary>
public sealed class InvitationToken
{
    private const int Bytes = 16;

    private InvitationToken(string text, byte[] hash)
    {
        Text = text;
        Hash = hash;
    }

    /// <summary>The token as it appears in the link; keep it in memory only, never log it.</summary>
    public string Text { get; }

    public byte[] Hash { get; }

    public static InvitationToken Create()
    {
        Span<byte> secret = stackalloc byte[Bytes];
        RandomNumberGenerator.Fill(secret);
        return new InvitationToken(Base64Url.EncodeToString(secret), SHA256.HashData(secret));
    }

    /// <summary>The stored hash for a token from a link, or null when the text cannot be a token.</summary>
    public static byte[]? HashOf(string text)
    {
        Span<byte> secret = stackalloc byte[Bytes + 2];
        // The explicit alphabet check: the decoder is lenient about characters outside it.
        return text.Length == 22 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && Base64Url.TryDecodeFromChars(text, secret, out var written) && written == Bytes
            ? SHA256.HashData(secret[..Bytes])
            : null;
    }
}
