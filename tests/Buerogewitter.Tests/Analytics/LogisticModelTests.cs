using Buerogewitter.Analytics.Priorities;

namespace Buerogewitter.Tests.Analytics;

public class LogisticModelTests
{
    private static readonly string[] Features = ["bias", "x"];

    [Fact]
    public void A_fit_separates_what_the_feature_separates()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new double[] { 1, i / 10.0 }).ToList();
        var labels = rows.Select(r => r[1] >= 2).ToList();

        var model = LogisticModel.Fit(Features, rows, labels);

        Assert.True(model.Probability([1, 3.5]) > 0.9);
        Assert.True(model.Probability([1, 0.5]) < 0.1);
    }

    [Fact]
    public void A_strong_prior_holds_the_weights_a_few_rows_contradict()
    {
        double[] prior = [-4, 4];
        var rows = new List<double[]> { new double[] { 1, 1.5 }, new double[] { 1, 2 } };
        var labels = new List<bool> { false, false };

        var loose = LogisticModel.Fit(Features, rows, labels, ridge: 0.5, prior: prior);
        var held = LogisticModel.Fit(Features, rows, labels, ridge: 100, prior: prior);

        Assert.True(held.Probability([1, 2]) > 0.9);
        Assert.True(loose.Probability([1, 2]) < 0.5);
    }
}
