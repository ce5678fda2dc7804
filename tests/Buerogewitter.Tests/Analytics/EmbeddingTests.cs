using Buerogewitter.Analytics.Embeddings;
using Buerogewitter.Analytics.Themes;

namespace Buerogewitter.Tests.Analytics;

public class EmbeddingTests
{
    // Loading the 90 MB model once for all tests of this class keeps the suite fast.
    private static readonly Lazy<BertOnnxEmbedder> Shipped = new(SentenceEmbedders.MiniLm);

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

    [Fact]
    public void Default_is_MiniLM_for_English_and_none_for_German()
    {
        Assert.Equal(EmbeddingChoice.MiniLm, SentenceEmbedders.DefaultFor("en"));
        Assert.Equal(EmbeddingChoice.None, SentenceEmbedders.DefaultFor("de"));
    }
}
