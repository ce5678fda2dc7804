namespace Buerogewitter.Core.Anonymity;

/// <summary>
/// Minimum responses per group before its scores, or its free text and theme shares, are shown.
/// Organisations may raise them; nobody may go below <see cref="Floor"/>.
/// </summary>
public sealed record AnonymityThresholds
{
    /// <summary>Below three, a member of a group of two knows the other person's answer by subtracting their own.</summary>
    public const int Floor = 3;

    public const int DefaultScoreMinimum = 5;
    public const int DefaultTextMinimum = 10;

    public static AnonymityThresholds Default { get; } = new();

    public AnonymityThresholds(int scoreMinimum = DefaultScoreMinimum, int textMinimum = DefaultTextMinimum)
    {
        if (Check(scoreMinimum, textMinimum) is [var error, ..])
        {
            throw new ArgumentOutOfRangeException(error.Field, error.Field == nameof(scoreMinimum) ? scoreMinimum : textMinimum, error.Message);
        }

        ScoreMinimum = scoreMinimum;
        TextMinimum = textMinimum;
    }

    /// <summary>
    /// What is wrong with a pair of minimums, one error per field (<c>scoreMinimum</c>, <c>textMinimum</c>): the
    /// settings page, the store and this type's constructor apply the same rules.
    /// </summary>
    public static IReadOnlyList<ThresholdError> Check(int scoreMinimum, int textMinimum)
    {
        var errors = new List<ThresholdError>();
        if (scoreMinimum < Floor)
        {
            errors.Add(new(nameof(scoreMinimum), $"Scores need at least {Floor} responses per group; {scoreMinimum} would let people be identified."));
        }

        // Free text says more about its author than a score, so it never needs fewer responses.
        if (textMinimum < Math.Max(scoreMinimum, Floor))
        {
            errors.Add(new(nameof(textMinimum), $"Free text needs at least as many responses as scores ({Math.Max(scoreMinimum, Floor)}); got {textMinimum}."));
        }

        return errors;
    }

    public int ScoreMinimum { get; }

    public int TextMinimum { get; }
}

/// <summary>One broken threshold rule: the parameter it is about and why, in English for logs and exceptions.</summary>
public sealed record ThresholdError(string Field, string Message);
