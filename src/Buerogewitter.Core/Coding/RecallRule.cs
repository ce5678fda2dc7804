namespace Buerogewitter.Core.Coding;

/// <summary>
/// When hand codes decide priority recall instead of the keyword and meaning matcher alone. From
/// <see cref="MinCodedAnswers"/> coded answers of a strategy version on, a supervised model is trained on 70% of
/// them and checked against the coders on the other 30%, as is the matcher; uncoded answers take the model's
/// priorities only when it agrees with the coders better than the matcher does. Coded answers always keep
/// their codes. Fewer codes would make that comparison a coin toss.
/// </summary>
public static class RecallRule
{
    public const int MinCodedAnswers = 50;

    /// <summary>Whether enough answers are coded to train a model and compare it with the matcher.</summary>
    public static bool TrainsModel(int codedAnswers) => codedAnswers >= MinCodedAnswers;
}
