using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Tests.Analytics;

public class TranslationLexiconTests
{
    // Lines in the Ding format of Debian's trans-de-en, written for this test.
    private const string Lines = """
        # a comment
        Krankenhaus {n}; Klinik {f} [med.] | Krankenhäuser {pl}; Kliniken {pl} :: hospital; clinic | hospitals; clinics
        Apotheke {f} | Apotheken {pl} :: pharmacy | pharmacies
        gewinnen {vt} | gewinnend | gewonnen :: to win | winning | won
        etw. dämmen {vt} (Wärme) :: to insulate sth.
        Eigenmarke {f} :: private label
        Füllen {n} (Sternbild) [astron.] :: foal
        füllen {vt} | füllend | gefüllt :: to fill | filling | filled
        Lager {n}; Hochregallager {n} :: warehouse; high-bay warehouse
        Abnehmer {m}; Kunde {m} :: purchaser
        Kunde {m}; Kundin {f} | Kunden {pl} :: customer | customers
        Pein {f} :: agony
        """;

    private static readonly TranslationLexicon Lexicon = TranslationLexicon.Parse(new StringReader(Lines), "test");

    [Fact]
    public void Senses_pair_each_german_form_with_its_english_words()
    {
        Assert.Equal(["hospitals", "clinics"], Lexicon.ToEnglish("kliniken"));
        Assert.Equal(["insulate"], Lexicon.ToEnglish("daemmen"));
        Assert.Contains("krankenhaus", Lexicon.ToGerman("hospital"));
    }

    [Fact]
    public void Phrases_are_kept_as_translations_but_not_looked_up_backwards()
    {
        Assert.Equal(["private label"], Lexicon.ToEnglish("eigenmarke"));
        Assert.False(Lexicon.KnowsEnglish("label"));
    }

    [Fact]
    public void An_unlisted_inflection_is_found_through_its_stem() =>
        Assert.Equal(["win"], Lexicon.LookUpGerman("gewinnt"));

    [Fact]
    public void Compounds_split_into_listed_parts_with_linking_letters()
    {
        Assert.Equal(["krankenhaus", "apotheken"], Lexicon.SplitCompound("krankenhausapotheken"));
        Assert.Empty(Lexicon.SplitCompound("apotheken"));
        Assert.Empty(Lexicon.SplitCompound("zollabwicklung"));
    }

    [Fact]
    public void A_gloss_takes_each_words_main_sense_splits_compounds_and_keeps_unknown_words()
    {
        Assert.Equal("pharmacies win Kelvita hospital pharmacies", Lexicon.GlossGerman("Apotheken gewinnen, Kelvita Krankenhausapotheken"));
    }

    [Fact]
    public void A_gloss_takes_the_sense_of_the_entry_that_begins_with_the_word_and_matches_its_case()
    {
        Assert.Equal("purchaser", Lexicon.ToEnglish("kunde")[0]);
        Assert.Equal("customer warehouse fill", Lexicon.GlossGerman("Kunde: Lager füllen"));
        Assert.Equal("Das foal", Lexicon.GlossGerman("Das Füllen"));
    }

    [Fact]
    public void A_gloss_keeps_the_given_names_as_written()
    {
        Assert.Equal("agony fill", Lexicon.GlossGerman("Peine füllen"));
        Assert.Equal("Peine fill", Lexicon.GlossGerman("Peine füllen", new HashSet<string> { "peine" }));
    }
}
