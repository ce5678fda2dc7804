namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// An official strategy priority: its text (in the organisation's language), optional example phrases (concrete
/// ways people may name it) and an optional English text, used next to the other when both exist.
/// </summary>
public sealed record Priority(string Id, string Text, IReadOnlyList<string>? Examples = null, string? TextEn = null);

/// <summary>A coder's judgement: which priorities the answer at <paramref name="Index"/> names.</summary>
public sealed record CodedAnswer(int Index, IReadOnlyList<string> PriorityIds);

/// <summary>
/// Per answer: current priorities named, stale (retired) priorities named, and for an answer that names none
/// whether it is diffuse (addresses the question without content) or off-topic (about something else).
/// </summary>
public sealed record PriorityAnswerScore(int Index, IReadOnlyList<string> PriorityIds, IReadOnlyList<string> StalePriorityIds, bool IsDiffuse, string Language, bool IsOffTopic = false)
{
    public bool IsStale => StalePriorityIds.Count > 0;
}

/// <summary>One way of scoring judged against the coder: micro-F1 on coded answers it did not learn from, with a 95% interval.</summary>
public sealed record CodedCandidate(string Name, double F1, double Lower, double Upper);

/// <summary>
/// What the hand codes did: the candidates judged by <paramref name="Repeats"/> × <paramref name="Folds"/>-fold
/// cross-validation over the <paramref name="Coded"/> coded answers, and the one that scored the uncoded answers
/// (the first candidate, the scorer as shipped, unless another did better).
/// </summary>
public sealed record SupervisedReport(int Coded, int Folds, int Repeats, IReadOnlyList<CodedCandidate> Candidates, string Chosen)
{
    public bool UsedCodes => Chosen != Candidates[0].Name;

    /// <summary>The best of the candidates that learn from the codes, whether or not it beat the scorer alone.</summary>
    public CodedCandidate BestWithCodes => Candidates.Skip(1).MaxBy(c => c.F1) ?? Candidates[0];
}

public sealed record PriorityResult(IReadOnlyList<PriorityAnswerScore> Answers, SupervisedReport? Supervised);
