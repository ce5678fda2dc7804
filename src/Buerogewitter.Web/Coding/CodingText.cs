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
    public required string ModelKappa { get; init; }
    public required string MatcherKappa { get; init; }
    public required string Verdict { get; init; }
    public required string UsesModel { get; init; }
    public required string UsesMatcher { get; init; }
    public required string MissingFormat { get; init; }

    public static readonly CodingText German = new()
    {
        Title = "Kodieren",
        IntroFormat = "Kreuzen Sie an, welche Prioritäten eine Antwort nennt – oder „keine“. Die Antworten erscheinen ohne Seite, Datum und Sprache, in einer zufälligen Reihenfolge nur für Sie, und nur aus abgeschlossenen Runden mit mindestens {0} Antworten.",
        AnswerFormat = "Antwort {0}",
        None = "Keine Priorität (diffus oder anderes Thema)",
        SaveCodes = "Kodierungen speichern",
        ProgressFormat = "Sie haben {0} von {1} Antworten kodiert.",
        SavedFormat = "{0} Kodierungen gespeichert.",
        AllCoded = "Sie haben alle verfügbaren Antworten kodiert.",
        NothingToCode = "Noch keine Antworten zum Kodieren: Sie erscheinen, sobald eine Runde mit genug Antworten abgeschlossen ist.",
        NoneAndPriority = "Bitte entweder Prioritäten oder „keine“ ankreuzen.",
        Agreement = "Modell und Kodierung",
        AgreementIntroFormat = "Ab {0} kodierten Antworten einer Strategieversion lernt ein Modell aus 70 % der Kodierungen und wird an den übrigen 30 % geprüft, ebenso der Begriffs- und Bedeutungsabgleich (Cohens Kappa: 1 = volle Übereinstimmung, 0 = wie Zufall). Die Auswertung der Runden nutzt das Modell nur, wenn es besser mit der Kodierung übereinstimmt als der Abgleich. Kodieren mehrere Personen, zählt eine Priorität, wenn mindestens die Hälfte sie ankreuzt.",
        Version = "Strategieversion",
        Coded = "Kodierte Antworten",
        ModelKappa = "Kappa Modell",
        MatcherKappa = "Kappa Abgleich",
        Verdict = "Auswertung nutzt",
        UsesModel = "das Modell",
        UsesMatcher = "den Abgleich",
        MissingFormat = "noch {0} Antworten bis zum Vergleich",
    };

    public static readonly CodingText English = new()
    {
        Title = "Coding",
        IntroFormat = "Tick the priorities an answer names – or “none”. Answers appear without side, date and language, in a random order of your own, and only from closed waves with at least {0} answers.",
        AnswerFormat = "Answer {0}",
        None = "No priority (diffuse or another topic)",
        SaveCodes = "Save codes",
        ProgressFormat = "You have coded {0} of {1} answers.",
        SavedFormat = "{0} codes saved.",
        AllCoded = "You have coded every available answer.",
        NothingToCode = "No answers to code yet: they appear once a wave with enough answers has closed.",
        NoneAndPriority = "Please tick either priorities or “none”.",
        Agreement = "Model and coding",
        AgreementIntroFormat = "From {0} coded answers of a strategy version on, a model learns from 70% of the codes and is checked on the other 30%, as is the keyword and meaning matcher (Cohen's kappa: 1 = full agreement, 0 = as by chance). The waves' analysis uses the model only when it agrees better with the coding than the matcher. With several coders, a priority counts when at least half of them tick it.",
        Version = "Strategy version",
        Coded = "Coded answers",
        ModelKappa = "Kappa model",
        MatcherKappa = "Kappa matcher",
        Verdict = "Analysis uses",
        UsesModel = "the model",
        UsesMatcher = "the matcher",
        MissingFormat = "{0} more answers until the comparison",
    };
}
