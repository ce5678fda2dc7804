using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Coding;

/// <summary>Texts of the coding page, in German and English.</summary>
public sealed record CodingText
{
    public static CodingText Current => Localized.Pick(German, English);

    public required string Title { get; init; }
    public required string IntroFormat { get; init; }
    public required string AnswerFormat { get; init; }
    public required string None { get; init; }
    public required string SaveCodes { get; init; }
    public required string ProgressFormat { get; init; }
    public required string SavedFormat { get; init; }
    public required string AllCoded { get; init; }
    public required string NothingToCode { get; init; }
    public required string NoneAndPriority { get; init; }
    public required string Agreement { get; init; }
    public required string AgreementIntroFormat { get; init; }
    public required string Version { get; init; }
    public required string Coded { get; init; }
    public required string ModelF1 { get; init; }
    public required string MatcherF1 { get; init; }
    public required string Verdict { get; init; }
    public required string UsesModel { get; init; }
    public required string UsesMatcher { get; init; }
    public required string MissingFormat { get; init; }

    public static readonly CodingText German = new()
    {
        Title = "Kodieren",
        IntroFormat = "Kreuzen Sie an, welche Prioritäten eine Antwort nennt – oder „keine“. Die Antworten erscheinen ohne Seite, Datum und Sprache, in einer zufälligen Reihenfolge nur für Sie, und nur aus abgeschlossenen Runden mit mindestens {0} Antworten.",
        AnswerFormat = "Antwort {0}",
        None = "Keine Priorität (diffus, anderes Thema oder etwas nicht Offizielles)",
        SaveCodes = "Kodierungen speichern",
        ProgressFormat = "Sie haben {0} von {1} Antworten kodiert.",
        SavedFormat = "{0} Kodierungen gespeichert.",
        AllCoded = "Sie haben alle verfügbaren Antworten kodiert.",
        NothingToCode = "Noch keine Antworten zum Kodieren: Sie erscheinen, sobald eine Runde mit genug Antworten abgeschlossen ist.",
        NoneAndPriority = "Bitte entweder Prioritäten oder „keine“ ankreuzen.",
        Agreement = "Modell und Kodierung",
        AgreementIntroFormat = "Ab {0} kodierten Antworten einer Strategieversion lernt die Auswertung aus Ihren Kodierungen: aus den Wörtern, die nur in Antworten einer Priorität vorkommen, aus den ähnlichsten kodierten Antworten und durch Nachjustieren des Abgleichs. Welcher Weg am besten mit Ihnen übereinstimmt, zeigt eine wiederholte Kreuzvalidierung über alle Kodierungen (F1: 1 = volle Übereinstimmung) mit 95-%-Intervall. Die Runden werden damit ausgewertet, wenn er besser übereinstimmt als der Abgleich ohne Kodierungen. Kodieren mehrere Personen, zählt eine Priorität, wenn mindestens die Hälfte sie ankreuzt.",
        Version = "Strategieversion",
        Coded = "Kodierte Antworten",
        ModelF1 = "F1 mit Ihren Kodierungen",
        MatcherF1 = "F1 Abgleich",
        Verdict = "Auswertung nutzt",
        UsesModel = "Ihre Kodierungen",
        UsesMatcher = "den Abgleich",
        MissingFormat = "noch {0} Antworten bis zum Vergleich",
    };

    public static readonly CodingText English = new()
    {
        Title = "Coding",
        IntroFormat = "Tick the priorities an answer names – or “none”. Answers appear without side, date and language, in a random order of your own, and only from closed waves with at least {0} answers.",
        AnswerFormat = "Answer {0}",
        None = "No priority (diffuse, another topic or something unofficial)",
        SaveCodes = "Save codes",
        ProgressFormat = "You have coded {0} of {1} answers.",
        SavedFormat = "{0} codes saved.",
        AllCoded = "You have coded every available answer.",
        NothingToCode = "No answers to code yet: they appear once a wave with enough answers has closed.",
        NoneAndPriority = "Please tick either priorities or “none”.",
        Agreement = "Model and coding",
        AgreementIntroFormat = "From {0} coded answers of a strategy version on, the analysis learns from your codes: from words that occur only in answers of one priority, from the most similar coded answers, and by readjusting the matcher. Which way agrees best with you is shown by repeated cross-validation over all codes (F1: 1 = full agreement) with a 95% interval. Waves are analysed with it when it agrees better than the matcher without codes. With several coders, a priority counts when at least half of them tick it.",
        Version = "Strategy version",
        Coded = "Coded answers",
        ModelF1 = "F1 with your codes",
        MatcherF1 = "F1 matcher",
        Verdict = "Analysis uses",
        UsesModel = "your codes",
        UsesMatcher = "the matcher",
        MissingFormat = "{0} more answers until the comparison",
    };
}
