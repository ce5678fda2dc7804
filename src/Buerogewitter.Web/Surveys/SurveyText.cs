using System.Globalization;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Surveys;

/// <summary>Every text of the survey pages, in German and English.</summary>
public sealed record SurveyText(
    string Title,
    string Intro,
    string AnonymityHeading,
    string AnonymityFormat,
    string StrategyHint,
    string ClarityLegend,
    string CollaborationHeading,
    string NotAtAll,
    string Fully,
    string CannotSay,
    string Optional,
    string MeasuresHeading,
    string MeasuresIntro,
    string MeasureLow,
    string MeasureHigh,
    string Submit,
    string ErrorSummary,
    string StrategyRequired,
    string TooLong,
    string OutOfScale,
    string NotSaved,
    string ThanksTitle,
    string ThanksFormat,
    string UsedTitle,
    string Used,
    string ClosedTitle,
    string Closed,
    string UnknownTitle,
    string Unknown,
    string TooManyTitle,
    string TooMany,
    string Inside,
    string Field,
    string Lead)
{
    public string Anonymity(SurveyForm form) => string.Format(CultureInfo.CurrentCulture, AnonymityFormat, form.ScoreMinResponses, form.TextMinResponses,
        form.Side switch { "inside" => Inside, "field" => Field, _ => Lead });

    public static SurveyText Current => Localized.Pick(German, English);

    public static readonly SurveyText German = new(
        "Kurzbefragung Vertrieb",
        "Zwei Minuten: Wie klar ist unsere Vertriebsstrategie, und wie läuft die Zusammenarbeit zwischen Innendienst und Außendienst?",
        "So bleibt Ihre Antwort anonym",
        "Ihre Antwort wird ohne Ihren Namen, ohne diesen Link und ohne Uhrzeit gespeichert, nur mit Ihrer Seite ({2}), Ihrer Sprache und dem Datum. Im Bericht erscheint sie nur zusammen mit den anderen Antworten Ihrer Seite: Werte erst ab {0} Antworten, Themen und Freitexte erst ab {1}; hat Ihre Seite weniger Antworten, wird sie nicht gezeigt. "
        + "Freitext kann im Bericht wörtlich zitiert werden (Namen, E-Mail-Adressen und Telefonnummern werden unkenntlich gemacht). Schreiben Sie nichts, woran man Sie erkennt – auch die Sprache kann auf Sie hinweisen, wenn nur wenige auf Englisch antworten. "
        + "Solange die Befragung läuft, ist vermerkt, dass Sie geantwortet haben, damit Sie keine Erinnerung bekommen – nie, was. Mit dem Ende der Befragung wird auch dieser Vermerk gelöscht. Niemand, auch kein Administrator, kann sehen, wer was geantwortet hat.",
        "In Ihren eigenen Worten, Stichpunkte genügen.",
        "Ich kenne unsere Vertriebsstrategie und könnte sie erklären.",
        "Zusammenarbeit",
        "trifft gar nicht zu",
        "trifft voll zu",
        "kann ich nicht sagen",
        "optional",
        "Vereinbarte Maßnahmen",
        "Beim Bürogewitter-Workshop wurden diese Maßnahmen vereinbart. Wie gut werden sie umgesetzt?",
        "gar nicht",
        "vollständig",
        "Antwort absenden",
        "Bitte prüfen Sie die markierten Angaben.",
        "Bitte beantworten Sie diese Frage – ein paar Stichworte genügen.",
        "Bitte höchstens 2.000 Zeichen.",
        "Bitte wählen Sie einen Wert von 1 bis 5.",
        "Ihre Antwort konnte gerade nicht gespeichert werden. Sie steht unten noch – bitte senden Sie sie in einer Minute noch einmal ab.",
        "Vielen Dank!",
        "Ihre Antwort ist gespeichert. Die Befragung läuft bis {0}; danach werden die Antworten ausgewertet, und der Monatsbericht zeigt, wo Innendienst und Außendienst übereinstimmen und wo nicht.",
        "Bereits beantwortet",
        "Über diesen Link wurde schon geantwortet. Jeder Link gilt genau einmal – so zählt jede Stimme nur einmal.",
        "Befragung beendet",
        "Diese Befragung ist bereits geschlossen. Die nächste kommt mit einem neuen Link.",
        "Link nicht gefunden",
        "Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig aus der E-Mail übernommen wurde.",
        "Zu viele Anfragen",
        "Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
        "Innendienst",
        "Außendienst",
        "Vertriebsleitung");

    public static readonly SurveyText English = new(
        "Sales pulse survey",
        "Two minutes: how clear is our sales strategy, and how well do inside and field sales work together?",
        "How your answer stays anonymous",
        "Your answer is stored without your name, without this link and without the time of day, only with your side ({2}), your language and the date. The report shows it only together with the other answers of your side: scores from {0} responses, themes and free text from {1}; if your side has fewer responses, it is not shown. "
        + "Free text may be quoted word for word in the report (names, e-mail addresses and phone numbers are masked). Write nothing that identifies you — your language, too, can point to you when few people answer in English. "
        + "While the survey runs, the fact that you answered is recorded so that you get no reminder — never what you answered. When the survey ends, that record is removed too. Nobody, not even an administrator, can see who answered what.",
        "In your own words; key points are enough.",
        "I know our sales strategy and could explain it.",
        "Working together",
        "strongly disagree",
        "strongly agree",
        "can't say",
        "optional",
        "Agreed measures",
        "These measures were agreed at the Bürogewitter workshop. How well are they being kept?",
        "not at all",
        "fully",
        "Send answer",
        "Please check the marked answers.",
        "Please answer this question — a few key words are enough.",
        "Please use at most 2,000 characters.",
        "Please choose a value from 1 to 5.",
        "Your answer could not be saved just now. It is still below — please send it again in a minute.",
        "Thank you!",
        "Your answer is saved. The survey runs until {0}; then the answers are analysed, and the monthly report shows where inside and field sales agree and where they do not.",
        "Already answered",
        "This link has already been used to answer. Each link works exactly once — so every voice counts once.",
        "Survey closed",
        "This survey has closed. The next one comes with a new link.",
        "Link not found",
        "This link is not valid. Please check that it was copied completely from the e-mail.",
        "Too many requests",
        "Please wait a minute and then try again.",
        "inside sales",
        "field sales",
        "sales management");
}
