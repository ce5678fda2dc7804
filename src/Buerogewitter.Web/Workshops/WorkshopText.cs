using System.Globalization;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Workshops;

/// <summary>Every text of the workshop pages, in German and English.</summary>
public sealed record WorkshopText
{
    public static WorkshopText Current => Localized.Pick(German, English);

    /// <summary>For documents in a language of their own (the monthly report), whatever the request's.</summary>
    public static WorkshopText For(string language) => language == "en" ? English : German;

    public required string Workshops { get; init; }
    public required string WorkshopsIntro { get; init; }
    public required string NoWorkshops { get; init; }
    public required string NewWorkshop { get; init; }
    public required string EditWorkshop { get; init; }
    public required string HeldOn { get; init; }
    public required string Moderator { get; init; }
    public required string Goal { get; init; }
    /// <summary>The method's goal as an example to make concrete, shown as the empty field's placeholder.</summary>
    public required string GoalPlaceholder { get; init; }
    public required string JointProblem { get; init; }
    public required string JointProblemHint { get; init; }
    public required string CardsHeading { get; init; }
    public required string CardsHint { get; init; }
    public required string Inside { get; init; }
    public required string Field { get; init; }
    public required string ProblemCards { get; init; }
    public required string MattersCards { get; init; }
    public required string SolutionCards { get; init; }
    public required string ExpectationCards { get; init; }
    public required string MeasuresHeading { get; init; }
    public required string MeasuresHint { get; init; }
    public required string MeasureFormat { get; init; }
    public required string MeasureTitle { get; init; }

    public required string MeasureTitleEn { get; init; }

    public required string Optional { get; init; }
    public required string OwnerInside { get; init; }
    public required string OwnerField { get; init; }
    public required string DueOn { get; init; }
    public required string Status { get; init; }
    public required string Open { get; init; }
    public required string InProgress { get; init; }
    public required string Done { get; init; }
    public required string Dropped { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string ErrorSummary { get; init; }
    public required string Required { get; init; }
    public required string DateRequired { get; init; }
    public required string MeasuresRule { get; init; }
    public required string MeasuresStay { get; init; }
    public required string Projector { get; init; }
    public required string FollowThrough { get; init; }
    public required string FollowThroughIntro { get; init; }
    public required string Survey { get; init; }
    public required string NoChecks { get; init; }
    public required string TooFewFormat { get; init; }
    public required string MeanFormat { get; init; }
    public required string Compare { get; init; }
    public required string NoWavesBefore { get; init; }
    public required string NoWavesAfter { get; init; }
    public required string Back { get; init; }
    public required string CompareOptions { get; init; }
    public required string CompareOptionsIntro { get; init; }
    public required string Workshop { get; init; }
    public required string BaselineWaves { get; init; }
    public required string ComparisonGroup { get; init; }
    public required string NoComparisonGroup { get; init; }
    public required string BaselineRangeFormat { get; init; }
    public required string ComparisonUnknown { get; init; }
    public required string ComparisonMissingFormat { get; init; }
    public required string Overdue { get; init; }
    public required string OverdueCountFormat { get; init; }
    public required string ChangeUpFormat { get; init; }
    public required string ChangeDownFormat { get; init; }
    public required string ChangeNoneFormat { get; init; }
    public required string Delete { get; init; }
    public required string DeleteHint { get; init; }
    public required string DeleteQuestionFormat { get; init; }
    public required string DeleteConfirm { get; init; }
    public required string Cancel { get; init; }
    public required string DeletedFormat { get; init; }
    public required string DeleteRefusedFormat { get; init; }
    public required string DuplicateDateFormat { get; init; }
    public required string OpenExisting { get; init; }
    public required string EarlierMeasuresFormat { get; init; }
    public required string OwnersHint { get; init; }
    public required string ChoosePerson { get; init; }
    public required string RecordedAsTextFormat { get; init; }
    public required string ChooseInsidePerson { get; init; }
    public required string ChooseFieldPerson { get; init; }
    public required string NoRosterFormat { get; init; }
    public required string OwnersMailedFormat { get; init; }
    public required string OwnersMailFailedFormat { get; init; }
    public required string Benchmark { get; init; }
    public required string BenchmarkIntro { get; init; }
    public required string BenchmarkNotOptedIn { get; init; }


    public string SideName(Side side) => side == Side.Inside ? Inside : Field;

    public string CardKindName(string kind) => kind switch
    {
        CardKinds.Problem => ProblemCards,
        CardKinds.Matters => MattersCards,
        CardKinds.Solution => SolutionCards,
        _ => ExpectationCards,
    };

    /// <summary>Who carries a measure on each side and by when, as the projector and the follow-through show it.</summary>
    public string Owners(WorkshopMeasure measure) =>
        $"{OwnerInside}: {measure.OwnerInside} · {OwnerField}: {measure.OwnerField} · {DueOn} {measure.DueOn.ToString("d", CultureInfo.CurrentCulture)}";

    /// <summary>How many measures have each status, e.g. "2 offen · 1 erledigt"; a dash before measures are agreed.</summary>
    public string MeasureStates(IReadOnlyList<WorkshopMeasure> measures) => measures.Count == 0 ? "–"
        : string.Join(" · ", MeasureStatuses.All.Select(status => (status, count: measures.Count(m => m.Status == status)))
            .Where(s => s.count > 0).Select(s => $"{s.count} {StatusName(s.status)}"));

    public string StatusName(string status) => status switch
    {
        MeasureStatuses.InProgress => InProgress,
        MeasureStatuses.Done => Done,
        MeasureStatuses.Dropped => Dropped,
        _ => Open,
    };

    private static readonly WorkshopText German = new()
    {
        Workshops = "Workshops",
        WorkshopsIntro = "Das Bürogewitter: beide Seiten beschreiben das Problem, einigen sich auf eine gemeinsame Problemdefinition und auf genau drei Maßnahmen. Die folgenden Befragungen fragen beide Seiten, ob die Maßnahmen eingehalten werden.",
        NoWorkshops = "Noch kein Workshop erfasst.",
        NewWorkshop = "Neuer Workshop",
        EditWorkshop = "Workshop bearbeiten",
        HeldOn = "Datum",
        Moderator = "Moderation",
        Goal = "Ziel der Einladung",
        GoalPlaceholder = "z. B. Lösung für lange Angebotszeiten, die Außendienst und Innendienst beschäftigen, im Konsens gefunden",
        JointProblem = "Gemeinsame Problemdefinition",
        JointProblemHint = "Die Beschreibung, auf die sich beide Seiten geeinigt haben.",
        CardsHeading = "Karten",
        CardsHint = "Eine Karte pro Zeile. Problemkarten beschreiben nur, ohne zu bewerten.",
        Inside = "Innendienst",
        Field = "Außendienst",
        ProblemCards = "Problem",
        MattersCards = "Was uns in der Zusammenarbeit wichtig ist",
        SolutionCards = "So würden wir das Problem lösen",
        ExpectationCards = "Was wir von der anderen Seite erwarten",
        MeasuresHeading = "Vereinbarte Maßnahmen",
        MeasuresHint = "Genau drei Maßnahmen, jede mit einer verantwortlichen Person im Innendienst und einer im Außendienst. Bis sie vereinbart sind, alle drei leer lassen.",
        MeasureFormat = "Maßnahme {0}",
        MeasureTitle = "Maßnahme",
        MeasureTitleEn = "Maßnahme auf Englisch, für englischsprachige Teilnehmende",
        Optional = "optional",
        OwnerInside = "Verantwortlich im Innendienst",
        OwnerField = "Verantwortlich im Außendienst",
        DueOn = "Fällig am",
        Status = "Stand",
        Open = "offen",
        InProgress = "in Arbeit",
        Done = "erledigt",
        Dropped = "verworfen",
        Save = "Speichern",
        Saved = "Gespeichert.",
        ErrorSummary = "Bitte prüfen Sie die markierten Felder.",
        Required = "Bitte ausfüllen.",
        DateRequired = "Bitte ein Datum angeben.",
        MeasuresRule = "Bitte alle drei Maßnahmen vollständig ausfüllen – oder alle leer lassen, bis sie vereinbart sind.",
        MeasuresStay = "Vereinbarte Maßnahmen bleiben erhalten, weil die Befragungen nach ihnen fragen; ändern Sie stattdessen Text oder Stand.",
        Projector = "Beamer-Ansicht",
        FollowThrough = "Umsetzung",
        FollowThroughIntro = "In jeder Befragung nach dem Workshop sagen beide Seiten, wie gut jede Maßnahme eingehalten wird (1 = gar nicht, 5 = voll und ganz). Gezeigt wird der Mittelwert je Seite mit seinem 95-%-Intervall in eckigen Klammern, nur bei genügend Antworten und erst nach Ende der Befragung; darunter die Veränderung zur Befragung davor, „höher“ oder „niedriger“ nur, wenn ihr Intervall die Null nicht einschließt.",
        Survey = "Befragung vom",
        NoChecks = "Noch keine abgeschlossene Befragung hat nach dieser Maßnahme gefragt.",
        TooFewFormat = "zu wenige Antworten (unter {0})",
        MeanFormat = "{0:0.0} von 5 [{1:0.0}; {2:0.0}] ({3} Antworten)",
        Compare = "Vorher/Nachher",
        NoWavesBefore = "Noch kein Vergleich möglich: vor dem Workshop gibt es keine ausgewertete Befragung.",
        NoWavesAfter = "Noch kein Vergleich möglich: nach dem Workshop gibt es noch keine ausgewertete Befragung.",
        Back = "Zurück zu den Workshops",
        CompareOptions = "Vorher/Nachher mit Optionen",
        CompareOptionsIntro = "Eine Vergleichsgruppe ist eine Organisation ohne diesen Workshop: Das Urteil beruht dann auf der Differenz der Differenzen, die auch allgemeine Trends herausrechnet.",
        Workshop = "Workshop",
        BaselineWaves = "Befragungen vor dem Workshop als Ausgangslage",
        ComparisonGroup = "Vergleichsgruppe",
        NoComparisonGroup = "keine",
        BaselineRangeFormat = "Die Ausgangslage umfasst {0} bis {1} Befragungen.",
        ComparisonUnknown = "Diese Vergleichsgruppe gibt es unter Ihren Organisationen nicht, oder es ist die Organisation selbst.",
        ComparisonMissingFormat = "Die Vergleichsgruppe {0} hat nicht vor und nach dem Workshop ausgewertete Befragungen.",
        Overdue = "überfällig",
        OverdueCountFormat = "{0} überfällig",
        ChangeUpFormat = "↑ höher als in der Befragung davor: {0:+0.0;−0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]",
        ChangeDownFormat = "↓ niedriger als in der Befragung davor: {0:+0.0;−0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]",
        ChangeNoneFormat = "→ kein erkennbarer Unterschied zur Befragung davor: {0:+0.0;−0.0;0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]",
        Delete = "Workshop löschen",
        DeleteHint = "Löschen geht nur, solange noch keine Befragung nach den Maßnahmen dieses Workshops gefragt hat. Danach bleiben die anonymen Antworten Teil der Umsetzungs-Historie; setzen Sie Maßnahmen dann auf „verworfen“.",
        DeleteQuestionFormat = "Den Workshop vom {0:d} mit allen Karten und Maßnahmen endgültig löschen?",
        DeleteConfirm = "Endgültig löschen",
        Cancel = "Abbrechen",
        DeletedFormat = "Der Workshop vom {0:d} ist gelöscht.",
        DeleteRefusedFormat = "Dieser Workshop wird nicht gelöscht: {0} Befragung(en) haben bereits nach seinen Maßnahmen gefragt, und ihre anonymen Antworten gehören zur Umsetzungs-Historie und zum Monatsbericht. Setzen Sie nicht mehr verfolgte Maßnahmen stattdessen auf „verworfen“.",
        DuplicateDateFormat = "Für den {0:d} ist bereits ein Workshop dieser Organisation erfasst. Ergänzen Sie diesen, statt einen zweiten anzulegen.",
        OpenExisting = "Zum erfassten Workshop",
        EarlierMeasuresFormat = "Ein neuer Workshop beendet die Rückfragen zu früheren Maßnahmen nicht: Die Befragungen fragen weiter nach {0} Maßnahme(n) früherer Workshops, bis sie erledigt oder verworfen sind.",
        OwnersHint = "Verantwortliche wählen Sie aus den aktiven Personen der Teilnehmerliste. Jede erhält beim ersten Speichern eine E-Mail mit der Maßnahme, der verantwortlichen Person der anderen Seite und dem Fälligkeitsdatum, in ihrer Sprache – einmal, auch wenn Sie erneut speichern.",
        ChoosePerson = "– bitte wählen –",
        RecordedAsTextFormat = "{0} (früher als Text erfasst)",
        ChooseInsidePerson = "Bitte eine aktive Person aus dem Innendienst wählen.",
        ChooseFieldPerson = "Bitte eine aktive Person aus dem Außendienst wählen.",
        NoRosterFormat = "Die Teilnehmerliste hat keine aktive Person im {0}. Laden Sie sie zuerst hoch, dann lassen sich Verantwortliche wählen.",
        OwnersMailedFormat = "Gespeichert. {0} verantwortliche Person(en) per E-Mail informiert.",
        OwnersMailFailedFormat = "{0} E-Mail(s) an Verantwortliche konnten nicht gesendet werden; sie gehen beim nächsten Speichern noch einmal hinaus.",
        Benchmark = "Vergleich mit anderen Kunden",
        BenchmarkIntro = "Wo die letzte ausgewertete Befragung unter den anderen teilnehmenden Organisationen steht – nur als Perzentil, ohne Namen oder Werte anderer. Gezeigt erst ab 5 teilnehmenden Organisationen.",
        BenchmarkNotOptedIn = "Diese Organisation nimmt nicht am Vergleich teil.",
    };

    private static readonly WorkshopText English = new()
    {
        Workshops = "Workshops",
        WorkshopsIntro = "The Bürogewitter: both sides describe the problem, agree on a joint definition of it and on exactly three measures. The following pulses ask both sides whether the measures are being kept.",
        NoWorkshops = "No workshop recorded yet.",
        NewWorkshop = "New workshop",
        EditWorkshop = "Edit workshop",
        HeldOn = "Date",
        Moderator = "Moderator",
        Goal = "Goal of the invitation",
        GoalPlaceholder = "e.g. a solution to long quote times, which concern field and inside sales, found by consensus",
        JointProblem = "Joint problem definition",
        JointProblemHint = "The description both sides agreed on.",
        CardsHeading = "Cards",
        CardsHint = "One card per line. Problem cards only describe; they do not judge.",
        Inside = "Inside sales",
        Field = "Field sales",
        ProblemCards = "Problem",
        MattersCards = "What matters to us in working together",
        SolutionCards = "How we would solve the problem",
        ExpectationCards = "What we expect from the other side",
        MeasuresHeading = "Agreed measures",
        MeasuresHint = "Exactly three measures, each with one owner in inside sales and one in field sales. Leave all three empty until they are agreed.",
        MeasureFormat = "Measure {0}",
        MeasureTitle = "Measure",
        MeasureTitleEn = "Measure in English, for English-speaking participants",
        Optional = "optional",
        OwnerInside = "Owner in inside sales",
        OwnerField = "Owner in field sales",
        DueOn = "Due on",
        Status = "Status",
        Open = "open",
        InProgress = "in progress",
        Done = "done",
        Dropped = "dropped",
        Save = "Save",
        Saved = "Saved.",
        ErrorSummary = "Please check the marked fields.",
        Required = "Please fill this in.",
        DateRequired = "Please enter a date.",
        MeasuresRule = "Please fill in all three measures completely, or leave all of them empty until they are agreed.",
        MeasuresStay = "Agreed measures stay, because the pulses ask about them; change their text or status instead.",
        Projector = "Projector view",
        FollowThrough = "Follow-through",
        FollowThroughIntro = "Every pulse after the workshop asks both sides how well each measure is kept (1 = not at all, 5 = fully). Each side's mean is shown with its 95% interval in square brackets, only with enough answers and only once the survey has closed; below it the change since the survey before, called “higher” or “lower” only when its interval excludes zero.",
        Survey = "Survey of",
        NoChecks = "No closed survey has asked about this measure yet.",
        TooFewFormat = "too few answers (fewer than {0})",
        MeanFormat = "{0:0.0} of 5 [{1:0.0}; {2:0.0}] ({3} answers)",
        Compare = "Before/after",
        NoWavesBefore = "No comparison yet: there is no analysed survey before the workshop.",
        NoWavesAfter = "No comparison yet: there is no analysed survey after the workshop yet.",
        Back = "Back to the workshops",
        CompareOptions = "Before/after with options",
        CompareOptionsIntro = "A comparison group is an organisation without this workshop: the verdict then rests on the difference in differences, which also takes out general trends.",
        Workshop = "Workshop",
        BaselineWaves = "Surveys before the workshop as the baseline",
        ComparisonGroup = "Comparison group",
        NoComparisonGroup = "none",
        BaselineRangeFormat = "The baseline spans {0} to {1} surveys.",
        ComparisonUnknown = "None of your organisations has this name, or it is the organisation itself.",
        ComparisonMissingFormat = "The comparison group {0} has no analysed surveys both before and after the workshop.",
        Overdue = "overdue",
        OverdueCountFormat = "{0} overdue",
        ChangeUpFormat = "↑ higher than in the survey before: {0:+0.0;−0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]",
        ChangeDownFormat = "↓ lower than in the survey before: {0:+0.0;−0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]",
        ChangeNoneFormat = "→ not distinguishable from the survey before: {0:+0.0;−0.0;0.0} [{1:+0.0;−0.0;0.0}; {2:+0.0;−0.0;0.0}]",
        Delete = "Delete workshop",
        DeleteHint = "A workshop can be deleted only while no survey has asked about its measures. After that, the anonymous answers stay part of the follow-through history; set measures to “dropped” instead.",
        DeleteQuestionFormat = "Delete the workshop of {0:d} with all its cards and measures for good?",
        DeleteConfirm = "Delete for good",
        Cancel = "Cancel",
        DeletedFormat = "The workshop of {0:d} is deleted.",
        DeleteRefusedFormat = "This workshop is not deleted: {0} survey(s) have already asked about its measures, and their anonymous answers belong to the follow-through history and the monthly report. Set measures no longer pursued to “dropped” instead.",
        DuplicateDateFormat = "A workshop of this organisation is already recorded for {0:d}. Add to that one instead of recording a second.",
        OpenExisting = "Open the recorded workshop",
        EarlierMeasuresFormat = "A new workshop does not end the questions about earlier measures: the surveys keep asking about {0} measure(s) of earlier workshops until they are done or dropped.",
        OwnersHint = "Owners are chosen from the active people on the roster. Each gets an e-mail with the measure, the owner on the other side and the due date, in their language, when first saved – once, even if you save again.",
        ChoosePerson = "– please choose –",
        RecordedAsTextFormat = "{0} (recorded earlier as text)",
        ChooseInsidePerson = "Please choose an active person from inside sales.",
        ChooseFieldPerson = "Please choose an active person from field sales.",
        NoRosterFormat = "The roster has no active person in {0}. Upload it first; then owners can be chosen.",
        OwnersMailedFormat = "Saved. {0} owner(s) informed by e-mail.",
        OwnersMailFailedFormat = "{0} e-mail(s) to owners could not be sent; they go out again on the next save.",
        Benchmark = "Benchmark across clients",
        BenchmarkIntro = "Where the latest analysed survey stands among the other organisations taking part – as a percentile only, without other clients' names or figures. Shown only with at least 5 organisations taking part.",
        BenchmarkNotOptedIn = "This organisation does not take part in the benchmark.",
    };
}
