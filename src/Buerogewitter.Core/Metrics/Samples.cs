namespace Buerogewitter.Core.Metrics;

internal static class Samples
{
    public static void RequireNotEmpty<T>(IReadOnlyList<T> sample, string name)
    {
        ArgumentNullException.ThrowIfNull(sample, name);
        if (sample.Count == 0)
        {
            throw new ArgumentException("The sample is empty.", name);
        }
    }

    public static double Mean(IReadOnlyList<double> sample)
    {
        var sum = 0.0;
        foreach (var value in sample)
        {
            sum += value;
        }

        return sum / sample.Count;
    }
}
