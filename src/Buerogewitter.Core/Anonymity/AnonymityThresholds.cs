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
        if (scoreMinimum < Floor)
        {
            throw new ArgumentOutOfRangeException(
                nameof(scoreMinimum), scoreMinimum, $"Scores need at least {Floor} responses per group; {scoreMinimum} would let people be identified.");
        }

        // Free text says more about its author than a score, so it never needs fewer responses.
        if (textMinimum < scoreMinimum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(textMinimum), textMinimum, $"Free text needs at least as many responses as scores ({scoreMinimum}); got {textMinimum}.");
        }

        ScoreMinimum = scoreMinimum;
        TextMinimum = textMinimum;
    }

    public int ScoreMinimum { get; }

    public int TextMinimum { get; }
}
