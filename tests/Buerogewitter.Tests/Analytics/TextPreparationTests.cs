using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Tests.Analytics;

public class TextPreparationTests
{
    [Theory]
    [InlineData("Außendienst", "Aussendienst")]
    [InlineData("Rückmeldung", "Rueckmeldung")]
    [InlineData("GRÖSSE", "größe")]
    public void Umlaut_and_ae_spellings_share_one_key(string a, string b) =>
        Assert.Equal(TextNormalizer.Fold(a), TextNormalizer.Fold(b));

    [Fact]
    public void Tokens_keep_the_original_spelling_with_umlauts()
    {
        var token = Assert.Single(TextNormalizer.Tokenize("Außendienst!"));
        Assert.Equal("Außendienst", token.Original);
        Assert.Equal("aussendienst", token.Key);
    }

    [Fact]
    public void Stop_words_are_removed_per_language()
    {
        Assert.Equal(["angebote", "schneller"], TextNormalizer.ContentTokens("Die Angebote sollen schneller sein", "de").Select(t => t.Key));
        Assert.Equal(["quotes", "faster"], TextNormalizer.ContentTokens("We should get the quotes out faster", "en").Select(t => t.Key));
    }

    [Theory]
    [InlineData("Wir sollen mehr Neukunden gewinnen und die Angebote schneller machen", "de")]
    [InlineData("Außendienst und Innendienst", "de")]
    [InlineData("We should win new customers and send quotes faster", "en")]
    [InlineData("more focus on the existing accounts", "en")]
    public void Language_is_detected_per_answer(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("keine Ahnung")]
    [InlineData("Weiß nicht")]
    [InlineData("mehr Umsatz")]
    [InlineData("Fragen Sie den Chef")]
    [InlineData("Wir wollen die Nummer eins werden!")]
    [InlineData("no idea")]
    [InlineData("   ")]
    [InlineData("-")]
    public void Answers_without_content_are_diffuse(string text) =>
        Assert.True(DiffuseDetector.IsDiffuse(text));

    [Theory]
    [InlineData("Angebote innerhalb von 24 Stunden")]
    [InlineData("Weiß nicht genau, aber Neukunden im Mittelstand und Wartungsverträge")]
    [InlineData("maintenance contracts for every machine")]
    public void Concrete_answers_are_not_diffuse(string text) =>
        Assert.False(DiffuseDetector.IsDiffuse(text));

    [Fact]
    public void Compound_shares_character_ngrams_with_its_parts()
    {
        var (_, vectors) = CharNgramTfidf.FitTransform([["neukundengewinnung"], ["neukunden", "gewinnen"], ["rabatte", "freigabe"]]);
        Assert.True(vectors[0].Dot(vectors[1]) > 3 * vectors[0].Dot(vectors[2]));
    }

    [Fact]
    public void Tfidf_vectors_are_unit_length()
    {
        var (_, vectors) = CharNgramTfidf.FitTransform([["angebot"], ["angebot", "schnell", "schnell"]]);
        Assert.All(vectors, v => Assert.Equal(1.0, v.Values.Sum(x => (double)x * x), 3));
    }
}
