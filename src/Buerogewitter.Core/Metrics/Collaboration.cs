namespace Buerogewitter.Core.Metrics;

/// <summary>Collaboration as one side sees it, and where the two sides see it differently.</summary>
public static class Collaboration
{
    /// <summary>
    /// Index 0…100 of one side: the mean of the item means, each on the rescaled 0…1 scale.
    /// Each response lists its answers per item (same order for every response).
    /// </summary>
    public static double Index(IReadOnlyList<IReadOnlyList<int?>> responses)
    {
        Samples.RequireNotEmpty(responses, nameof(responses));
        var itemCount = responses[0].Count;
        if (responses.Any(response => response.Count != itemCount))
        {
            throw new ArgumentException("Every response must list the same items.", nameof(responses));
        }

        // Item means first, so that an item many people cannot judge still counts as much as the others.
        var itemMeans = Enumerable.Range(0, itemCount)
            .Select(item => responses.Select(response => response[item]).OfType<int>().Select(Likert.Rescale).ToList())
            .Where(answers => answers.Count > 0)
            .Select(answers => answers.Average())
            .ToList();
        if (itemMeans.Count == 0)
        {
            throw new ArgumentException("No item was answered.", nameof(responses));
        }

        return 100 * itemMeans.Average();
    }

    /// <summary>Perception gap of one item in Likert points: inside mean − field mean, with a seeded bootstrap interval.</summary>
    public static Interval PerceptionGap(
        IReadOnlyList<int?> insideAnswers, IReadOnlyList<int?> fieldAnswers, int seed, int resamples = Bootstrap.DefaultResamples) =>
        MeanDifference.Unpaired(Likert.Given(fieldAnswers), Likert.Given(insideAnswers), seed, resamples);
}
