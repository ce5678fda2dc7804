namespace Buerogewitter.Core.Coding;

/// <summary>
/// When hand codes decide priority recall instead of the scorer alone. From <see cref="MinCodedAnswers"/> coded
/// answers of a strategy version on, the scorer and what the codes can teach it (blends with the nearest coded
/// answers, learned words, refitted weights) are compared by repeated cross-validation over all codes, and
/// uncoded answers take whichever agrees best with the coders. Coded answers always keep their codes. Fewer
/// codes would make that comparison a coin toss.
/// </summary>
public static class RecallRule
{
    public const int MinCodedAnswers = 50;

    /// <summary>Whether enough answers are coded to train a model and compare it with the matcher.</summary>
    public static bool TrainsModel(int codedAnswers) => codedAnswers >= MinCodedAnswers;
}
