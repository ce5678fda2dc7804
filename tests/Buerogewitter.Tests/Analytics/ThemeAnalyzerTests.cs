using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Tests.Analytics;

public class ThemeAnalyzerTests
{
    private static readonly string[] Quotes =
    [
        "Angebote schneller rausschicken", "Angebote innerhalb von 24 Stunden", "schnellere Angebote an Kunden",
        "Angebotserstellung beschleunigen", "Angebote am selben Tag", "die Angebote müssen schneller raus",
        "Angebote zügig schreiben", "Angebote in 24h",
    ];

    private static readonly string[] NewCustomers =
    [
        "Neukunden im Mittelstand gewinnen", "mehr Neukunden akquirieren", "Neukundengewinnung", "Kaltakquise bei Neukunden",
        "Neukunden finden", "neue Kunden im Mittelstand", "Neukunden Neukunden Neukunden", "Neukundenakquise verstärken",
    ];

    private static readonly string[] Maintenance =
    [
        "Wartungsverträge verkaufen", "mehr Wartungsverträge abschließen", "Wartungsvertrag bei jeder Anlage",
        "Wartung und Ersatzteile", "Ersatzteile und Wartungsverträge", "Wartungsgeschäft ausbauen",
        "Wartungsverträge anbieten", "Wartungsverträge pushen",
    ];

    private static List<AnswerText> Wave(params string[][] groups) =>
        groups.SelectMany(g => g).Concat(["keine Ahnung", "mehr Umsatz", "weiß nicht"]).Select(t => new AnswerText(t)).ToList();

    [Fact]
    public void Clear_themes_are_found_and_diffuse_answers_set_aside()
    {
        var answers = Wave(Quotes, NewCustomers, Maintenance);
        var result = ThemeAnalyzer.Analyze(answers, new ThemeOptions { K = 3, Seed = 1 });

        Assert.Equal(3, result.Themes.Count);
        Assert.Equal(3.0 / answers.Count, result.DiffuseShare, 6);
        Assert.All(result.Answers.TakeLast(3), a => Assert.True(a.IsDiffuse && a.ThemeId is null));
        foreach (var group in new[] { Quotes, NewCustomers, Maintenance })
        {
            var ids = group.Select(t => result.Answers[answers.FindIndex(a => a.Text == t)].ThemeId).Distinct().ToList();
            Assert.True(ids.Count == 1, $"'{group[0]}' group split over themes {string.Join(",", ids)}: " + string.Join(" | ", answers.Select((a, i) => a.Text + "=" + result.Answers[i].ThemeId)));
        }
    }

    [Fact]
    public void Labels_use_distinctive_terms_in_original_spelling()
    {
        var answers = Wave(Quotes, NewCustomers, Maintenance);
        var result = ThemeAnalyzer.Analyze(answers, new ThemeOptions { K = 3, Seed = 1 });
        Assert.Contains(result.Themes, t => t.TopTerms.Contains("Wartungsverträge"));
        Assert.Contains(result.Themes, t => t.TopTerms[0] == "Angebote");
        Assert.All(result.Themes, t => Assert.NotEmpty(t.RepresentativeAnswers));
    }

    [Theory]
    [InlineData("42.000 qm auslasten, die wir vor einem Jahr bauen mussten.", "42.000 qm auslasten")]
    [InlineData("Fill the 42,000 sqm we had to build. Well, have fun.", "Fill the 42,000 sqm we had …")]
    [InlineData("Die Halle in Peine voll kriegen – sonst nichts", "Die Halle in Peine voll kriegen")]
    [InlineData("Was ist das? Kunden halten!", "Was ist das")]
    public void A_label_is_the_first_clause_and_numbers_stay_whole(string answer, string label) =>
        Assert.Equal(label, ThemeLabeler.Phrase(answer));

    [Fact]
    public void Same_seed_gives_the_same_themes()
    {
        var answers = Wave(Quotes, NewCustomers, Maintenance);
        var a = ThemeAnalyzer.Analyze(answers, new ThemeOptions { Seed = 7 });
        var b = ThemeAnalyzer.Analyze(answers, new ThemeOptions { Seed = 7 });
        Assert.Equal(a.Answers.Select(x => x.ThemeId), b.Answers.Select(x => x.ThemeId));
        Assert.Equal(a.Themes.Select(t => t.Label), b.Themes.Select(t => t.Label));
    }

    [Fact]
    public void Automatic_k_stays_within_bounds_and_finds_the_three_themes()
    {
        var result = ThemeAnalyzer.Analyze(Wave(Quotes, NewCustomers, Maintenance), new ThemeOptions { Seed = 3 });
        Assert.InRange(result.K, 2, 6);
        Assert.Equal(3, result.K);
        Assert.All(result.SilhouetteByK.Keys, k => Assert.InRange(k, 2, 12));
    }

    [Fact]
    public void Tiny_and_empty_inputs_do_not_fail()
    {
        Assert.Empty(ThemeAnalyzer.Analyze([], new ThemeOptions()).Themes);
        var one = ThemeAnalyzer.Analyze([new AnswerText("Neukunden gewinnen")], new ThemeOptions());
        Assert.Equal(1, one.Answers[0].ThemeId);
    }

    [Fact]
    public void Next_wave_themes_keep_their_identity_and_new_ones_are_flagged()
    {
        var first = ThemeAnalyzer.Analyze(Wave(Quotes, NewCustomers, Maintenance), new ThemeOptions { K = 3, Seed = 1 });
        string[] digital = ["Webshop ausbauen", "Kunden in den Webshop bringen", "Webshop Bestellungen", "mehr über den Webshop verkaufen", "Webshop statt Fax", "Webshop für Bestandskunden"];
        // The next wave: maintenance vanished, a webshop theme appeared, the other two are reworded.
        var second = ThemeAnalyzer.Analyze(Wave(digital, NewCustomers.Reverse().ToArray(), Quotes.Skip(2).ToArray()), new ThemeOptions { K = 3, Seed = 9 });

        var matching = ThemeMatcher.Match(first.Themes, second.Themes);
        int IdOf(ThemeResult r, string text) => r.Answers[Wave().Count == 3 ? FindIndex(r, text) : 0].ThemeId!.Value;
        int FindIndex(ThemeResult r, string text) => r == first
            ? Wave(Quotes, NewCustomers, Maintenance).FindIndex(a => a.Text == text)
            : Wave(digital, NewCustomers.Reverse().ToArray(), Quotes.Skip(2).ToArray()).FindIndex(a => a.Text == text);

        ThemeMatch MatchOf(string text) => matching.Matches.Single(m => m.CurrentId == IdOf(second, text));
        Assert.Equal(IdOf(first, "Neukundengewinnung"), MatchOf("Neukundengewinnung").PreviousId);
        Assert.Equal(IdOf(first, "Angebote in 24h"), MatchOf("Angebote in 24h").PreviousId);
        Assert.Null(MatchOf("Webshop ausbauen").PreviousId);
        Assert.Equal([IdOf(first, "Wartungsverträge verkaufen")], matching.Vanished);
        Assert.Single(matching.New);
    }

    [Fact]
    public void In_a_mixed_language_set_the_shift_between_the_languages_leaves_the_embeddings()
    {
        // Two topics, each in both languages; the German readings carry a shift of their own.
        float[][] vectors = [[1, 0, 1], [0, 1, 1], [1, 0, 0], [0, 1, 0]];
        string[] languages = ["de", "de", "en", "en"];

        var centred = ThemeAnalyzer.WithoutLanguageOffset(vectors, languages);

        // A German answer and its English twin now point the same way; the two topics stay apart.
        Assert.All(Enumerable.Range(0, 3), d => Assert.Equal(centred[0][d], centred[2][d], 5));
        Assert.All(Enumerable.Range(0, 3), d => Assert.Equal(centred[1][d], centred[3][d], 5));
        Assert.All(centred, v => Assert.Equal(1.0, v.Sum(x => (double)x * x), 5));
        Assert.True(centred[0].Zip(centred[1], (a, b) => a * b).Sum() < 0.5);
    }

    [Fact]
    public void A_set_in_one_language_with_an_odd_answer_in_the_other_keeps_its_embeddings()
    {
        var vectors = Enumerable.Range(0, 21).Select(i => new[] { 1f, i / 21f }).ToArray();
        var languages = Enumerable.Range(0, 21).Select(i => i == 0 ? "en" : "de").ToArray();

        Assert.Same(vectors, ThemeAnalyzer.WithoutLanguageOffset(vectors, languages));
    }
}
