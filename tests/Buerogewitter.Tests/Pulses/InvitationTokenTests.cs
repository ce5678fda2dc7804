using System.Security.Cryptography;
using Buerogewitter.Core.Pulses;

namespace Buerogewitter.Tests.Pulses;

public sealed class InvitationTokenTests
{
    [Fact]
    public void A_token_is_22_url_safe_characters_and_its_link_text_gives_back_the_stored_hash()
    {
        var token = InvitationToken.Create();

        Assert.Equal(22, token.Text.Length);
        Assert.All(token.Text, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        Assert.Equal(token.Hash, InvitationToken.HashOf(token.Text));
        Assert.Equal(SHA256.HashSizeInBytes, token.Hash.Length);
    }

    [Fact]
    public void Two_tokens_differ()
    {
        Assert.NotEqual(InvitationToken.Create().Text, InvitationToken.Create().Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!")]
    public void Text_that_cannot_be_a_token_has_no_hash(string text) => Assert.Null(InvitationToken.HashOf(text));
}
