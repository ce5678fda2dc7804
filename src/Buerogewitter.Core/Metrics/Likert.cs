namespace Buerogewitter.Core.Metrics;

/// <summary>Five-point Likert answers; null means "can't say" and is left out, not counted as neutral.</summary>
public static class Likert
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>Maps 1…5 onto 0…1.</summary>
    public static double Rescale(int answer) => (Checked(answer) - Min) / (double)(Max - Min);

    /// <summary>The answers given on the 1…5 scale, without the "can't say" ones.</summary>
    public static double[] Given(IEnumerable<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. answers.OfType<int>().Select(answer => (double)Checked(answer))];
    }

    private static int Checked(int answer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(answer, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answer, Max);
        return answer;
    }
}
