namespace Buerogewitter.Analytics.Priorities;

/// <summary>An official strategy priority: its text and optional example phrases (concrete ways people may name it).</summary>
public sealed record Priority(string Id, string Text, IReadOnlyList<string>? Examples = null);

/// <summary>A coder's judgement: which priorities the answer at <paramref name="Index"/> names.</summary>
public sealed record CodedAnswer(int Index, IReadOnlyList<string> PriorityIds);

/// <summary>Per answer: current priorities named, stale (retired) priorities named, and whether it is diffuse.</summary>
public sealed record PriorityAnswerScore(int Index, IReadOnlyList<string> PriorityIds, IReadOnlyList<string> StalePriorityIds, bool IsDiffuse, string Language)
{
    public bool IsStale => StalePriorityIds.Count > 0;
}

/// <summary>
/// Agreement with the coder on held-back coded answers (Cohen's kappa over answer × priority
/// decisions) for the trained model and for the unsupervised matcher; <see cref="UsedModel"/> says
/// which one produced the uncoded answers' priorities.
/// </summary>
public sealed record SupervisedReport(int Trained, int HeldOut, double ModelKappa, double MatcherKappa, bool UsedModel);

public sealed record PriorityResult(IReadOnlyList<PriorityAnswerScore> Answers, SupervisedReport? Supervised);
