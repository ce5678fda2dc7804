using Buerogewitter.Core.Anonymity;

namespace Buerogewitter.Tests.Anonymity;

public class QuoteMaskerTests
{
    private readonly QuoteMasker masker = new(["Anna Schmidt", "Hans-Peter Müller"]);

    [Fact]
    public void Email_addresses_are_masked()
    {
        Assert.Equal(
            "Schreibt an [E-Mail] statt ans Team.",
            masker.Mask("Schreibt an a.schmidt@kunde-gmbh.de statt ans Team."));
    }

    [Theory]
    [InlineData("Ruf mich an: 0171 1234567.")]
    [InlineData("Ruf mich an: 0171/1234567.")]
    [InlineData("Ruf mich an: (089) 123 45-67.")]
    [InlineData("Ruf mich an: +49 171 1234567.")]
    [InlineData("Ruf mich an: +49 (0)30 12345678.")]
    [InlineData("Ruf mich an: 0049 89 1234567.")]
    [InlineData("Ruf mich an: +44 20 7946 0958.")]
    [InlineData("Ruf mich an: +1-415-555-0100.")]
    public void Phone_numbers_in_german_and_international_formats_are_masked(string quote)
    {
        Assert.Equal("Ruf mich an: [Tel.].", masker.Mask(quote));
    }

    [Theory]
    [InlineData("Seit dem 01.03.2026 dauern Angebote 3 Tage.")]
    [InlineData("Umsatz 2025 lag bei 1.250.000 Euro, Marge 0,5 Prozent.")]
    [InlineData("Termin 08:30 bis 10:00, Raum 0815.")]
    public void Dates_amounts_and_short_numbers_are_left_alone(string quote)
    {
        Assert.Equal(quote, masker.Mask(quote));
    }

    [Fact]
    public void Known_names_are_masked_whole_case_insensitive_and_by_their_parts()
    {
        Assert.Equal(
            "[Name] sagt, [Name] und [Name] blockieren alles.",
            masker.Mask("Anna Schmidt sagt, SCHMIDT und hans-peter blockieren alles."));
    }

    [Fact]
    public void Genitive_of_a_name_is_masked()
    {
        Assert.Equal("[Name] Angebote kommen spät.", masker.Mask("Annas Angebote kommen spät."));
    }

    [Fact]
    public void Names_inside_other_words_are_left_alone()
    {
        Assert.Equal("Die Annahme stimmt nicht.", masker.Mask("Die Annahme stimmt nicht."));
    }

    [Fact]
    public void Masker_without_names_still_masks_contacts()
    {
        Assert.Equal("[E-Mail], [Tel.]", new QuoteMasker([]).Mask("x@y.de, 030 1234567"));
    }
}
