using System.Globalization;
using Buerogewitter.Core.Participants;
using Buerogewitter.Data.Participants;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Participants;

/// <summary>The roster page's problems and preview, in German and English (the command line keeps <see cref="RosterProblem.Message"/>).</summary>
public sealed record RosterText
{
    public static RosterText Current => Localized.Pick(German, English);

    public required string EmptyFile { get; init; }
    public required string TooLargeFormat { get; init; }
    public required string UnclosedQuoteFormat { get; init; }
    public required string UnknownColumnFormat { get; init; }
    public required string MissingColumnFormat { get; init; }
    public required string DuplicateColumnFormat { get; init; }
    public required string NoParticipants { get; init; }
    public required string FieldCountFormat { get; init; }
    public required string TooLongFormat { get; init; }
    public required string ControlCharacterFormat { get; init; }
    public required string EmptyFormat { get; init; }
    public required string InvalidEmailFormat { get; init; }
    public required string DuplicateEmailFormat { get; init; }
    public required string UnknownSideFormat { get; init; }
    public required string UnknownLanguageFormat { get; init; }
    public required string Active { get; init; }
    public required string Status { get; init; }
    public required string New { get; init; }
    public required string ChangedFormat { get; init; }
    public required string Unchanged { get; init; }
    public required string PlanFormat { get; init; }
    public required string DeactivateFormat { get; init; }
    public required string NoneDeactivated { get; init; }
    public required string MoreFormat { get; init; }

    /// <summary>A problem with its line, the column as the page names it, and why.</summary>
    public string Describe(RosterProblem problem, AdminText admin)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var column = Column(problem.Column, admin);
        return problem.Kind switch
        {
            RosterProblemKind.EmptyFile => EmptyFile,
            RosterProblemKind.UnclosedQuote => string.Format(CultureInfo.CurrentCulture, UnclosedQuoteFormat, problem.Line),
            RosterProblemKind.UnknownColumn => string.Format(CultureInfo.CurrentCulture, UnknownColumnFormat, problem.Column, string.Join(", ", RosterFile.Columns)),
            RosterProblemKind.MissingColumn => string.Format(CultureInfo.CurrentCulture, MissingColumnFormat, problem.Column),
            RosterProblemKind.DuplicateColumn => string.Format(CultureInfo.CurrentCulture, DuplicateColumnFormat, problem.Column, problem.Number),
            RosterProblemKind.NoParticipants => NoParticipants,
            RosterProblemKind.FieldCount => string.Format(CultureInfo.CurrentCulture, FieldCountFormat, problem.Line, problem.Number, problem.OtherNumber),
            RosterProblemKind.TooLong => string.Format(CultureInfo.CurrentCulture, TooLongFormat, problem.Line, column, problem.Number, problem.OtherNumber),
            RosterProblemKind.ControlCharacter => string.Format(CultureInfo.CurrentCulture, ControlCharacterFormat, problem.Line, column, problem.Number),
            RosterProblemKind.Empty => string.Format(CultureInfo.CurrentCulture, EmptyFormat, problem.Line, column),
            RosterProblemKind.InvalidEmail => string.Format(CultureInfo.CurrentCulture, InvalidEmailFormat, problem.Line, problem.Value),
            RosterProblemKind.DuplicateEmail => string.Format(CultureInfo.CurrentCulture, DuplicateEmailFormat, problem.Line, problem.Value, problem.Number),
            RosterProblemKind.UnknownSide => string.Format(CultureInfo.CurrentCulture, UnknownSideFormat, problem.Line, problem.Value),
            _ => string.Format(CultureInfo.CurrentCulture, UnknownLanguageFormat, problem.Line, problem.Value),
        };
    }

    /// <summary>"new", "unchanged", or "changed: " with the changed columns as the page names them.</summary>
    public string Describe(RosterRowPlan row, AdminText admin)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Change switch
        {
            RosterChange.New => New,
            RosterChange.Unchanged => Unchanged,
            _ => string.Format(CultureInfo.CurrentCulture, ChangedFormat, string.Join(", ", row.ChangedFields.Select(f => Column(f, admin)))),
        };
    }


    private string Column(string code, AdminText admin) => code switch
    {
        "email" => admin.Email,
        "name" => admin.Name,
        "side" => admin.Side,
        "tandem" => admin.Tandem,
        "language" => admin.Language,
        "active" => Active,
        _ => code,
    };

    public static readonly RosterText German = new()
    {
        EmptyFile = "Die Datei ist leer.",
        TooLargeFormat = "Die Datei ist größer als {0} MB.",
        UnclosedQuoteFormat = "Zeile {0}: Ein Feld in Anführungszeichen wird nicht geschlossen.",
        UnknownColumnFormat = "Zeile 1: Unbekannte Spalte „{0}“ (erwartet: {1}).",
        MissingColumnFormat = "Zeile 1: Die Spalte „{0}“ fehlt.",
        DuplicateColumnFormat = "Zeile 1: Die Spalte „{0}“ kommt {1}-mal vor.",
        NoParticipants = "Die Datei hat eine Kopfzeile, aber keine Personen.",
        FieldCountFormat = "Zeile {0}: {1} Felder, die Kopfzeile hat {2}.",
        TooLongFormat = "Zeile {0}: {1} ist länger als {2} Zeichen ({3}).",
        ControlCharacterFormat = "Zeile {0}: {1} enthält das Steuerzeichen U+{2:X4}.",
        EmptyFormat = "Zeile {0}: {1} ist leer.",
        InvalidEmailFormat = "Zeile {0}: E-Mail-Adresse „{1}“ ist keine gültige E-Mail-Adresse.",
        DuplicateEmailFormat = "Zeile {0}: E-Mail-Adresse „{1}“ steht schon in Zeile {2}.",
        UnknownSideFormat = "Zeile {0}: Seite „{1}“ ist keine von Innendienst, Außendienst, Vertriebsleitung.",
        UnknownLanguageFormat = "Zeile {0}: Sprache „{1}“ ist keine von de, en.",
        Active = "wieder aktiv",
        Status = "Änderung",
        New = "neu",
        ChangedFormat = "geändert: {0}",
        Unchanged = "unverändert",
        PlanFormat = "{0} neu, {1} geändert, {2} unverändert.",
        DeactivateFormat = "{0} von {1} aktiven Personen würden deaktiviert:",
        NoneDeactivated = "Niemand würde deaktiviert: Alle aktiven Personen stehen in der Datei.",
        MoreFormat = "… und {0} weitere",
    };

    public static readonly RosterText English = new()
    {
        EmptyFile = "The file is empty.",
        TooLargeFormat = "The file is larger than {0} MB.",
        UnclosedQuoteFormat = "Line {0}: a quoted field is not closed.",
        UnknownColumnFormat = "Line 1: unknown column “{0}” (expected {1}).",
        MissingColumnFormat = "Line 1: the column “{0}” is missing.",
        DuplicateColumnFormat = "Line 1: the column “{0}” appears {1} times.",
        NoParticipants = "The file has a header but no participants.",
        FieldCountFormat = "Line {0}: {1} fields, the header has {2}.",
        TooLongFormat = "Line {0}: {1} is longer than {2} characters ({3}).",
        ControlCharacterFormat = "Line {0}: {1} contains the control character U+{2:X4}.",
        EmptyFormat = "Line {0}: {1} is empty.",
        InvalidEmailFormat = "Line {0}: e-mail address “{1}” is not a valid e-mail address.",
        DuplicateEmailFormat = "Line {0}: e-mail address “{1}” already appears on line {2}.",
        UnknownSideFormat = "Line {0}: side “{1}” is not one of inside, field, lead (or Innendienst, Außendienst, Vertriebsleitung).",
        UnknownLanguageFormat = "Line {0}: language “{1}” is not one of de, en.",
        Active = "active again",
        Status = "Change",
        New = "new",
        ChangedFormat = "changed: {0}",
        Unchanged = "unchanged",
        PlanFormat = "{0} new, {1} changed, {2} unchanged.",
        DeactivateFormat = "{0} of {1} active people would be deactivated:",
        NoneDeactivated = "Nobody would be deactivated: every active person is in the file.",
        MoreFormat = "… and {0} more",
    };
}
