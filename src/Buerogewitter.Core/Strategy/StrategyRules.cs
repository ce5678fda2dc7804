namespace Buerogewitter.Core.Strategy;

/// <summary>
/// One priority of a new strategy version: its German text, optionally its English wording, and phrases
/// that name it (what consultants know people say for it).
/// </summary>
public sealed record PriorityDraft(string Text, string? TextEn, IReadOnlyList<string> Examples);

/// <summary>
/// The rules a new strategy version follows wherever it is made (admin page, <c>strategy set</c>, API):
/// 3–5 priorities (docs/domain.md), short texts, and no version that takes effect before the current one.
/// </summary>
public static class StrategyRules
{
    public const int MinPriorities = 3;
    public const int MaxPriorities = 5;
    public const int MaxTextLength = 300;

    public static string? CheckCount(int count) =>
        count is >= MinPriorities and <= MaxPriorities
            ? null
            : $"a strategy has {MinPriorities} to {MaxPriorities} priorities, not {count}";

    public static string? CheckText(string field, string? text) =>
        text?.Length > MaxTextLength ? $"{field} has {text.Length} characters, at most {MaxTextLength} are allowed" : null;

    /// <summary>Every problem of a version's priorities, each naming the priority by its place (1-based).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<PriorityDraft> priorities) =>
    [
        .. new[] { CheckCount(priorities.Count) }.OfType<string>(),
        .. priorities.SelectMany((p, i) => new[]
        {
            string.IsNullOrWhiteSpace(p.Text) ? "text is empty" : CheckText("text", p.Text),
            CheckText("text_en", p.TextEn),
        }.OfType<string>().Select(problem => $"priority {i + 1}: {problem}")),
    ];

    /// <summary>A version may start on the current version's day or later, never before it.</summary>
    public static string? CheckEffectiveFrom(DateOnly effectiveFrom, DateOnly? currentEffectiveFrom) =>
        currentEffectiveFrom is { } current && effectiveFrom < current
            ? $"the new version cannot take effect on {effectiveFrom:yyyy-MM-dd}, before the current one ({current:yyyy-MM-dd})"
            : null;
}
