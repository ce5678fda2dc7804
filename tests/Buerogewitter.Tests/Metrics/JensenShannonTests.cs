using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Tests.Metrics;

public class JensenShannonTests
{
    [Fact]
    public void Jsd_of_disjoint_distributions_is_one()
    {
        Assert.Equal(1, JensenShannon.Divergence([4, 6, 0, 0], [0, 0, 3, 1]), 12);
    }

    [Fact]
    public void Jsd_of_identical_distributions_is_zero_even_at_different_sample_sizes()
    {
        Assert.Equal(0, JensenShannon.Divergence([1, 2, 0, 3], [10, 20, 0, 30]), 12);
    }

    [Fact]
    public void Jsd_matches_hand_computed_values()
    {
        // m = (0.75, 0.25): ½·log2(4/3) + ½·(½·log2(2/3) + ½·log2 2) = 0.311278…
        Assert.Equal(0.31127812445913283, JensenShannon.Divergence([1, 0], [0.5, 0.5]), 12);
        Assert.Equal(0.3443609377704336, JensenShannon.Divergence([3, 1, 0], [1, 1, 2]), 12);
    }

    [Fact]
    public void Jsd_is_symmetric()
    {
        double[] p = [5, 1, 0, 2];
        double[] q = [1, 1, 4, 0];

        Assert.Equal(JensenShannon.Divergence(p, q), JensenShannon.Divergence(q, p), 15);
    }

    [Fact]
    public void Jsd_rejects_an_empty_distribution()
    {
        Assert.Throws<ArgumentException>(() => JensenShannon.Divergence([0, 0], [1, 1]));
    }

    [Fact]
    public void Between_sides_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var (inside, field) = Sides();

        var first = JensenShannon.BetweenSides(inside, field, seed: 42);
        var again = JensenShannon.BetweenSides(inside, field, seed: 42);
        var other = JensenShannon.BetweenSides(inside, field, seed: 43);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Clearly_different_sides_are_beyond_chance_and_the_estimate_lies_inside_its_interval()
    {
        var (inside, field) = Sides();

        var result = JensenShannon.BetweenSides(inside, field, seed: 7);

        Assert.True(result.BeyondChance, result.ToString());
        Assert.InRange(result.Estimate, result.Lower, result.Upper);
        Assert.InRange(result.Lower, 0, 1);
        Assert.InRange(result.Upper, 0, 1);
        // The chance level is what small samples add on their own; the estimate is what is left above it.
        Assert.Equal(result.Raw - result.ChanceLevel, result.Estimate, 12);
    }

    [Fact]
    public void Sides_drawn_alike_read_near_zero_although_the_plug_in_value_is_well_above_it()
    {
        var random = new Random(3);
        double[] profile = [0.3, 0.2, 0.2, 0.15, 0.1, 0.05];
        var inside = Draw(profile, 15, random);
        var field = Draw(profile, 15, random);

        var result = JensenShannon.BetweenSides(inside, field, seed: 1);

        Assert.True(result.Raw > 0.05, result.ToString());
        Assert.True(result.Estimate < 0.05, result.ToString());
        Assert.False(result.BeyondChance, result.ToString());
    }

    [Fact]
    public void Issue14_measured_divergence_tracks_the_planted_one_over_100_simulated_organisations_of_40_to_120_answers_a_side() =>
        Assert.InRange(PlantedVersusMeasured(40, 120), 0.9, 1);

    [Fact]
    public void Issue14_in_small_waves_of_15_to_40_answers_a_side_sampling_noise_lowers_the_agreement_but_the_order_holds() =>
        Assert.InRange(PlantedVersusMeasured(15, 40), 0.8, 1);

    [Fact]
    public void Issue14_with_no_planted_difference_beyond_chance_appears_in_at_most_7_of_100_organisations()
    {
        var random = new Random(14);
        var beyond = 0;
        for (var organisation = 0; organisation < 100; organisation++)
        {
            var profile = Dirichlet(8, random);
            if (JensenShannon.BetweenSides(Draw(profile, random.Next(15, 41), random), Draw(profile, random.Next(15, 41), random), seed: organisation).BeyondChance)
            {
                beyond++;
            }
        }

        Assert.InRange(beyond, 0, 7);
    }

    /// <summary>
    /// Spearman correlation between the planted and the measured divergence of 100 simulated organisations. Each
    /// plants a divergence from none to the sides naming different halves of the strategy (the demo plants 0.29):
    /// the field side's profile moves from the inside one towards its mirror image until the JSD is reached.
    /// </summary>
    private static double PlantedVersusMeasured(int minAnswers, int maxAnswers)
    {
        var random = new Random(2026);
        var planted = new List<double>();
        var measured = new List<double>();
        for (var organisation = 0; organisation < 100; organisation++)
        {
            var inside = Dirichlet(8, random);
            // The mirror gives the inside side's rarest categories its largest shares.
            var byShare = Enumerable.Range(0, 8).OrderBy(c => inside[c]).ToArray();
            var sorted = inside.OrderByDescending(p => p).ToArray();
            var mirror = new double[8];
            for (var rank = 0; rank < 8; rank++) mirror[byShare[rank]] = sorted[rank];
            var field = Towards(inside, mirror, random.NextDouble() * Math.Min(0.5, JensenShannon.Divergence(inside, mirror)));
            planted.Add(JensenShannon.Divergence(inside, field));
            measured.Add(JensenShannon.BetweenSides(Draw(inside, random.Next(minAnswers, maxAnswers + 1), random),
                Draw(field, random.Next(minAnswers, maxAnswers + 1), random), seed: organisation).Estimate);
        }

        return Spearman(planted, measured);
    }

    /// <summary>The mix of <paramref name="from"/> and <paramref name="to"/> whose divergence from <paramref name="from"/> is <paramref name="target"/> (bisection).</summary>
    private static double[] Towards(double[] from, double[] to, double target)
    {
        double low = 0, high = 1;
        double[] Mix(double m) => [.. from.Select((p, c) => ((1 - m) * p) + (m * to[c]))];
        for (var step = 0; step < 40; step++)
        {
            var mid = (low + high) / 2;
            if (JensenShannon.Divergence(from, Mix(mid)) < target) low = mid;
            else high = mid;
        }

        return Mix(low);
    }

    private static double[] Dirichlet(int categories, Random random)
    {
        // Exponential draws, normalised: a flat Dirichlet over the categories.
        var draws = Enumerable.Range(0, categories).Select(_ => -Math.Log(1 - random.NextDouble())).ToArray();
        var sum = draws.Sum();
        return [.. draws.Select(d => d / sum)];
    }

    /// <summary>Answers naming one category each, drawn from <paramref name="profile"/>.</summary>
    private static List<double[]> Draw(double[] profile, int answers, Random random) =>
        [.. Enumerable.Range(0, answers).Select(_ =>
        {
            var weights = new double[profile.Length];
            var x = random.NextDouble();
            var c = 0;
            while (c < profile.Length - 1 && x >= profile[c])
            {
                x -= profile[c];
                c++;
            }

            weights[c] = 1;
            return weights;
        })];

    private static double Spearman(List<double> a, List<double> b)
    {
        // Tied values (several organisations read 0) share their mean rank.
        static double[] Ranks(List<double> v) => [.. v.Select(x => v.Count(y => y < x) + ((v.Count(y => y == x) - 1) / 2.0))];

        var ra = Ranks(a);
        var rb = Ranks(b);
        var ma = ra.Average();
        var mb = rb.Average();
        var cov = ra.Zip(rb, (x, y) => (x - ma) * (y - mb)).Sum();
        return cov / Math.Sqrt(ra.Sum(x => (x - ma) * (x - ma)) * rb.Sum(y => (y - mb) * (y - mb)));
    }

    private static (List<double[]> Inside, List<double[]> Field) Sides()
    {
        // 40 answers per side over 5 categories: inside mostly the first two, field mostly the last two.
        int[] insideCounts = [14, 12, 6, 5, 3];
        int[] fieldCounts = [3, 5, 6, 12, 14];
        return (Expand(insideCounts), Expand(fieldCounts));

        static List<double[]> Expand(int[] counts) =>
            [.. counts.SelectMany((count, category) => Enumerable.Repeat(category, count)).Select(c => { var w = new double[5]; w[c] = 1; return w; })];
    }
}
