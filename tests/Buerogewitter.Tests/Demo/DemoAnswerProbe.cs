using System.Text.RegularExpressions;
using Buerogewitter.Core.Demo;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Tests.Demo;

// A deliberately plain keyword reading of the demo answers, built from the scenario's own example phrases:
// good enough to show that the generated effect is there, not a stand-in for the real analytics.
internal sealed class DemoAnswerProbe
{
    private readonly IReadOnlyList<Regex> current;
    private readonly Regex stale;

    public DemoAnswerProbe(DemoScenario scenario)
    {
        var versions = scenario.StrategyVersions.OrderBy(v => v.VersionNo).ToList();
        current = [.. versions[^1].Priorities.Select(p => Phrases(Examples(p)))];
        var currentExamples = versions[^1].Priorities.SelectMany(Examples).ToHashSet(StringComparer.OrdinalIgnoreCase);
        stale = Phrases(versions[0].Priorities.SelectMany(Examples).Where(e => !currentExamples.Contains(e)));
    }

    public static IEnumerable<DemoResponse> Compared(IEnumerable<DemoWave> waves) =>
        waves.SelectMany(w => w.Responses).Where(r => r.Side != Side.Lead);

    // Indexes of the current priorities an answer names.
    public IReadOnlyList<int> Named(string answer) =>
        [.. Enumerable.Range(0, current.Count).Where(i => current[i].IsMatch(answer))];

    public bool IsStale(string answer) => stale.IsMatch(answer);

    public double RecallShare(IEnumerable<DemoResponse> responses) => Share(responses, r => Named(r.StrategyAnswer).Count > 0);

    // Answers naming no priority of any version: diffuse talk and each side's own concerns.
    public double UnanchoredShare(IEnumerable<DemoResponse> responses) =>
        Share(responses, r => Named(r.StrategyAnswer).Count == 0 && !IsStale(r.StrategyAnswer));

    // Jensen–Shannon divergence (base 2) between the sides' mixes of named priorities, stale and unanchored answers.
    public double Divergence(IReadOnlyCollection<DemoResponse> responses)
    {
        var inside = Mix(responses.Where(r => r.Side == Side.Inside));
        var field = Mix(responses.Where(r => r.Side == Side.Field));
        var middle = inside.Zip(field, (a, b) => (a + b) / 2).ToArray();
        return (KullbackLeibler(inside, middle) + KullbackLeibler(field, middle)) / 2;
    }

    private double[] Mix(IEnumerable<DemoResponse> responses)
    {
        var counts = new double[current.Count + 2];
        foreach (var answer in responses.Select(r => r.StrategyAnswer))
        {
            var named = Named(answer);
            foreach (var i in named)
            {
                counts[i]++;
            }
            if (IsStale(answer))
            {
                counts[current.Count]++;
            }
            else if (named.Count == 0)
            {
                counts[current.Count + 1]++;
            }
        }
        var total = counts.Sum();
        return [.. counts.Select(c => c / total)];
    }

    private static double KullbackLeibler(double[] p, double[] q) =>
        p.Zip(q, (a, b) => a > 0 ? a * Math.Log2(a / b) : 0).Sum();

    private static double Share(IEnumerable<DemoResponse> responses, Func<DemoResponse, bool> predicate)
    {
        var list = responses.ToList();
        return (double)list.Count(predicate) / list.Count;
    }

    private static IEnumerable<string> Examples(DemoPriority priority) =>
        (priority.Examples ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Matches at a word start only, so "Neukunden" also finds "Neukundengewinnung" but "DB" does not fire inside a word.
    private static Regex Phrases(IEnumerable<string> phrases) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', phrases.Select(Regex.Escape))})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
