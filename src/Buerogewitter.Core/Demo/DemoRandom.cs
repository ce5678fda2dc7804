namespace Buerogewitter.Core.Demo;

// Sampling helpers on the one seeded Random, so the whole scenario stays reproducible.
internal static class DemoRandom
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static int PickWeighted(this Random rng, IReadOnlyList<double> weights)
    {
        var roll = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }

    // Box–Muller: the framework has no normal sampler, and a uniform one would make ratings look artificial.
    public static double Normal(this Random rng, double mean, double sd)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public static double Between(this Random rng, double low, double high) => low + (rng.NextDouble() * (high - low));

    public static T[] Shuffled<T>(this Random rng, IEnumerable<T> items)
    {
        var copy = items.ToArray();
        rng.Shuffle(copy);
        return copy;
    }
}
