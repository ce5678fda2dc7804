using Buerogewitter.Analytics.Priorities;

namespace Buerogewitter.Tests.Analytics;

public class DiffuseModelTests
{
    [Fact]
    public void The_shipped_model_reads_minilm_embeddings_and_has_a_words_only_twin()
    {
        var diffuse = RecallModels.Shipped.Diffuse;
        Assert.Equal("all-MiniLM-L6-v2", diffuse.Embedder);
        Assert.Equal(DiffuseModel.WordFeatures.Count + 384, diffuse.WithEmbeddings.Weights.Count);
        Assert.Equal(DiffuseModel.WordFeatures, diffuse.LexicalOnly.Features);
        // Doubt makes an answer diffuse, and so do generic words; other words make it concrete.
        Assert.True(diffuse.LexicalOnly.Weights[1] > 0);
        Assert.True(diffuse.LexicalOnly.Weights[2] > 0);
        Assert.True(diffuse.LexicalOnly.Weights[3] < 0);
    }

    [Fact]
    public void Embeddings_decide_only_when_they_come_from_the_model_it_was_fitted_with()
    {
        // The model with embeddings says concrete, the words-only one says diffuse, for the same row.
        var model = new DiffuseModel("fitted-model",
            new LogisticModel(DiffuseModel.FeaturesWithEmbeddings(1), [-5, 0, 0, 0, 0]),
            new LogisticModel(DiffuseModel.WordFeatures, [5, 0, 0, 0]));
        double[] embedded = [1, 0, 0.5, 0.3, 0.2];

        Assert.False(model.IsDiffuse(embedded, "fitted-model"));
        Assert.True(model.IsDiffuse(embedded, "another-model"));
        Assert.True(model.IsDiffuse(embedded, null));
        Assert.True(model.IsDiffuse(embedded[..4], "fitted-model"));
    }
}
