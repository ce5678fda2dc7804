namespace Buerogewitter.Core.Surveys;

/// <summary>
/// The questionnaire every new organisation starts with, and the one the demo asks: the open strategy
/// question, the self-rated clarity item, five collaboration items worded the same for both sides (so
/// their gap can be computed) and the open question on working with the other side.
/// </summary>
public static class DefaultQuestionnaire
{
    private const string Disagree = "trifft gar nicht zu";
    private const string Agree = "trifft voll zu";
    private const string DisagreeEn = "strongly disagree";
    private const string AgreeEn = "strongly agree";

    public static readonly SurveyTemplate Template = new(
        Name: "Monatspuls",
        StrategyQuestionDe: "Wie sieht unsere aktuelle Vertriebsstrategie aus?",
        StrategyQuestionEn: "What is our current sales strategy?",
        ClarityItemDe: "Ich kenne unsere Vertriebsstrategie und könnte sie erklären.",
        ClarityItemEn: "I know our sales strategy and could explain it.",
        OpenQuestionDe: "Was ist Ihnen in der Zusammenarbeit mit der anderen Seite am wichtigsten?",
        OpenQuestionEn: "What matters most to you in working with the other side?",
        Items:
        [
            new("Ich bekomme von der anderen Seite rechtzeitig die Informationen, die ich für meine Arbeit brauche.",
                "I get the information I need for my work from the other side in time.",
                "nie", "immer", "never", "always"),
            new("Die Zusammenarbeit mit der anderen Seite ist von Respekt geprägt.",
                "Working with the other side is marked by respect.",
                Disagree, Agree, DisagreeEn, AgreeEn),
            new("Wenn etwas schiefgeht, suchen wir gemeinsam eine Lösung statt Schuldige.",
                "When something goes wrong, we look for a solution together rather than someone to blame.",
                Disagree, Agree, DisagreeEn, AgreeEn),
            new("Ich weiß, was die andere Seite im Moment am meisten belastet.",
                "I know what is weighing most on the other side at the moment.",
                Disagree, Agree, DisagreeEn, AgreeEn),
            new("Absprachen zwischen Innen- und Außendienst werden eingehalten.",
                "Agreements between inside and field sales are kept.",
                Disagree, Agree, DisagreeEn, AgreeEn),
        ]);
}
