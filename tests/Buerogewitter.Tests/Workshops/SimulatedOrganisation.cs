using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Tests.Workshops;

/// <summary>
/// Waves of answers drawn at the level the comparison resamples (analysed answers), from one fixed
/// population per side; <c>recallShift</c>, <c>likertShift</c> and <c>fieldLikeInside</c> make an effect.
/// </summary>
internal static class SimulatedOrganisation
{
    private static readonly long[] PriorityIds = [11, 12, 13, 14];
    private static readonly long[] ItemIds = [101, 102, 103, 104, 105];

    public static List<ComparedWave> Waves(Random random, int count, double recallShift = 0, double likertShift = 0, bool fieldLikeInside = false) =>
        [.. Enumerable.Range(0, count).Select(_ => Wave(random, recallShift, likertShift, fieldLikeInside))];

    private static ComparedWave Wave(Random random, double recallShift, double likertShift, bool fieldLikeInside)
    {
        var answers = new List<AnalysedAnswer>();
        foreach (var side in Sides.Compared)
        {
            var inside = side == Side.Inside || fieldLikeInside;
            // Which priority an answer names first: the sides favour different halves of the strategy.
            double[] profile = inside ? [0.5, 0.2, 0.2, 0.1] : [0.1, 0.2, 0.3, 0.4];
            var responses = random.Next(25, 41);
            for (var i = 0; i < responses; i++)
            {
                var first = PriorityIds[Pick(profile, random)];
                var priorities = PriorityIds.Where(id => id == first ? random.NextDouble() < 0.85 : random.NextDouble() < 0.05 + recallShift).ToList();
                var ratings = ItemIds.ToDictionary(id => id, id => random.NextDouble() < 0.15
                    ? (int?)null
                    : Math.Clamp((int)Math.Round((inside ? 2.6 : 3.0) + likertShift + ((random.NextDouble() - 0.5) * 3)), 1, 5));
                answers.Add(new AnalysedAnswer(side, null, priorities.Count == 0 && random.NextDouble() < 0.7, false, priorities, 3, ratings));
            }
        }

        return new ComparedWave(answers, PriorityIds, ItemIds);
    }

    private static int Pick(double[] weights, Random random)
    {
        var x = random.NextDouble();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
