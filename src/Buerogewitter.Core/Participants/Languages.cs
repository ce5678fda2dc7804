namespace Buerogewitter.Core.Participants;

/// <summary>The product's languages: German first, English second.</summary>
public static class Languages
{
    public const string German = "de";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [German, English];

    public static bool IsSupported(string? code) => code is German or English;
}
