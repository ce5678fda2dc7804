using Buerogewitter.Web.Localization;

namespace Buerogewitter.Web.Admin;

/// <summary>Every text of the admin pages, in German and English.</summary>
public sealed record AdminText
{
    public static AdminText Current => Localized.Pick(German, English);

    public required string Administration { get; init; }
    public required string NavGlobal { get; init; }
    public required string NavAccount { get; init; }

    /// <summary>{0}: a schedule choice's label, {1}: the time of day.</summary>
    public required string ScheduleInWordsFormat { get; init; }
    public required string ScheduleCurrent { get; init; }
    public required string ScheduleWhen { get; init; }
    public required string ScheduleTime { get; init; }
    public required string ScheduleTimeInvalid { get; init; }
    public required string ScheduleCustom { get; init; }
    public required string ScheduleCustomHint { get; init; }

    /// <summary>{0}: the wave's number in the organisation, {1}: its opening date and time.</summary>
    public required string WaveLabelFormat { get; init; }
    public required string WaveNumber { get; init; }

    /// <summary>{0}: the month, {1}: the wave's label (<see cref="WaveLabelFormat"/>).</summary>
    public required string MonthOfWaveFormat { get; init; }
    public required string ForbiddenTitle { get; init; }
    public required string ForbiddenWhat { get; init; }
    public required string ForbiddenRoleFormat { get; init; }
    public required string ForbiddenWhom { get; init; }
    public required string ForbiddenBack { get; init; }
    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string SignIn { get; init; }
    public required string SignInWithCompany { get; init; }
    public required string SignInFailed { get; init; }
    public required string LockedOut { get; init; }
    public required string FieldRejected { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string PageFormat { get; init; }
    public required string SignOut { get; init; }
    public required string SetupTitle { get; init; }
    public required string SetupIntro { get; init; }
    public required string SetupUnknown { get; init; }
    public required string DisplayName { get; init; }
    public required string PasswordRule { get; init; }
    public required string PasswordRepeat { get; init; }
    public required string PasswordsDiffer { get; init; }
    public required string Required { get; init; }
    public required string CreateAdministrator { get; init; }
    public required string Organisations { get; init; }
    public required string NoOrganisations { get; init; }
    public required string Dashboard { get; init; }
    public required string Settings { get; init; }
    public required string Roster { get; init; }
    public required string ApiKeys { get; init; }
    public required string Waves { get; init; }
    public required string Report { get; init; }
    public required string ReportIntro { get; init; }
    public required string NoReport { get; init; }
    public required string KeyFigures { get; init; }
    public required string KeyFiguresFormat { get; init; }
    public required string ClarityOf { get; init; }
    public required string DivergenceFigure { get; init; }
    public required string ResponseRateOf { get; init; }
    public required string FigureHidden { get; init; }
    public required string EarlierReports { get; init; }
    public required string LatestReportFormat { get; init; }
    public required string NoWaves { get; init; }
    public required string WaveProblems { get; init; }
    public required string MailProblemFormat { get; init; }
    public required string AnalysisProblemFormat { get; init; }
    public required string Opens { get; init; }
    public required string Closes { get; init; }
    public required string Invitations { get; init; }
    public required string Responses { get; init; }
    public required string CountsOnly { get; init; }
    public required string Saved { get; init; }
    public required string Save { get; init; }
    public required string ErrorSummary { get; init; }
    public required string Name { get; init; }
    public required string TimeZone { get; init; }
    public required string Language { get; init; }
    public required string LanguageGerman { get; init; }
    public required string LanguageEnglish { get; init; }
    public required string Schedule { get; init; }
    public required string Cron { get; init; }
    public required string CronHint { get; init; }
    public required string CronInvalid { get; init; }
    public required string NextSends { get; init; }
    public required string Anonymity { get; init; }
    public required string ScoreMinimum { get; init; }
    public required string TextMinimum { get; init; }
    public required string ThresholdRule { get; init; }
    public required string FrozenFormat { get; init; }
    public required string Benchmark { get; init; }
    public required string Sender { get; init; }
    public required string SenderHint { get; init; }
    public required string SenderName { get; init; }
    public required string SenderAddress { get; init; }
    public required string SenderAddressInvalid { get; init; }
    public required string BenchmarkHint { get; init; }
    public required string BenchmarkOptIn { get; init; }
    public required string Managers { get; init; }
    public required string ManagersIntro { get; init; }
    public required string NoManagers { get; init; }
    public required string AddManager { get; init; }
    public required string Remove { get; init; }
    public required string Side { get; init; }
    public required string Tandem { get; init; }
    public required string Active { get; init; }
    public required string Inactive { get; init; }
    public required string Edit { get; init; }
    public required string Participants { get; init; }
    public required string Upload { get; init; }
    public required string UploadIntro { get; init; }
    public required string RosterFile { get; init; }
    public required string DeactivateMissing { get; init; }
    public required string CheckFile { get; init; }
    public required string RosterProblems { get; init; }
    public required string RosterPreview { get; init; }
    public required string ConfirmImport { get; init; }
    public required string ImportedFormat { get; init; }
    public required string ParticipantTitle { get; init; }
    public required string Erase { get; init; }
    public required string EraseIntro { get; init; }
    public required string EraseConfirm { get; init; }
    public required string Export { get; init; }
    public required string ExportIntro { get; init; }
    public required string Erased { get; init; }
    public required string ApiKeysIntro { get; init; }
    public required string NoApiKeys { get; init; }
    public required string CreateApiKey { get; init; }
    public required string NewKeyOnce { get; init; }
    public required string Revoke { get; init; }
    public required string Revoked { get; init; }
    public required string Created { get; init; }
    public required string Users { get; init; }
    public required string Assign { get; init; }
    public required string Role { get; init; }
    public required IReadOnlyDictionary<string, string> RoleNames { get; init; }
    public required string CreateUser { get; init; }
    public required string UserPasswordHint { get; init; }
    public required string Activate { get; init; }
    public required string Deactivate { get; init; }
    public required string ManagerNeedsOne { get; init; }
    public required string EmailTaken { get; init; }
    public required string AllOrganisations { get; init; }
    public required string NewOrganisation { get; init; }
    public required string Slug { get; init; }
    public required string SlugTaken { get; init; }
    public required string CreateOrganisation { get; init; }
    public required string Strategy { get; init; }
    public required string StrategyIntro { get; init; }
    public required string EffectiveFrom { get; init; }
    public required string Note { get; init; }
    public required string Priority { get; init; }
    public required string PriorityGerman { get; init; }
    public required string PriorityEnglish { get; init; }
    public required string Examples { get; init; }
    public required string ExamplesHint { get; init; }
    public required string SaveVersion { get; init; }
    public required string VersionFormat { get; init; }
    public required string NoStrategy { get; init; }
    public required string PrioritiesRule { get; init; }

    public required string GlossaryHeading { get; init; }

    public required string GlossaryIntro { get; init; }

    public required string SaveGlossary { get; init; }

    /// <summary>{0}: line number, {1}: what is wrong (one of the Glossary* problems).</summary>
    public required string GlossaryLineFormat { get; init; }

    public required string GlossaryNoColon { get; init; }

    public required string GlossaryBadConcept { get; init; }

    public required string GlossaryNoForms { get; init; }
    public required string EffectiveRule { get; init; }
    public required string Template { get; init; }
    public required string TemplateIntro { get; init; }
    public required string TemplateName { get; init; }
    public required string StrategyQuestion { get; init; }
    public required string ClarityItem { get; init; }
    public required string OpenQuestion { get; init; }
    public required string ItemsLegend { get; init; }
    public required string ItemsRule { get; init; }
    public required string ItemFormat { get; init; }
    public required string ItemText { get; init; }
    public required string LowLabel { get; init; }
    public required string HighLabel { get; init; }
    public required string Preview { get; init; }
    public required string PreviewIntro { get; init; }
    public required string NoTemplate { get; init; }
    public required string InGerman { get; init; }
    public required string InEnglish { get; init; }

    public static readonly AdminText German = new()
    {
        NavGlobal = "Alle Organisationen",
        NavAccount = "Ihr Konto",
        ScheduleInWordsFormat = "{0} um {1:HH:mm} Uhr",
        ScheduleCurrent = "Derzeit",
        ScheduleWhen = "Wann beginnt eine Befragungsrunde?",
        ScheduleTime = "Uhrzeit (Zeitzone der Organisation)",
        ScheduleTimeInvalid = "Bitte eine Uhrzeit wie 09:00 angeben.",
        ScheduleCustom = "Eigener Zeitplan (Cron-Ausdruck, für Fachleute)",
        ScheduleCustomHint = "Werktage sind Montag bis Freitag; Feiertage kennt der Zeitplan nicht. Der Cron-Ausdruck gilt nur, wenn oben „Eigener Zeitplan“ gewählt ist.",
        WaveLabelFormat = "Runde {0} vom {1}",
        WaveNumber = "Runde",
        MonthOfWaveFormat = "{0} (Runde {1})",
        ForbiddenTitle = "Kein Zugriff auf diese Seite",
        ForbiddenWhat = "Sie sind angemeldet, aber Ihr Konto darf diese Seite nicht öffnen oder diese Änderung nicht vornehmen. Es wurde nichts gespeichert.",
        ForbiddenRoleFormat = "Ihre Rolle: {0}. Führungskräfte sehen das Dashboard, die Berichte und die Workshops ihrer Organisation; Einstellungen, Teilnehmende, Strategie und Zugänge pflegen Beraterinnen und Berater, Konten die Administration.",
        ForbiddenWhom = "Wenn Sie diese Seite brauchen, bitten Sie die Person, die Ihr Konto angelegt hat (Ihre Beraterin, Ihren Berater oder die Administration), um die passende Rolle.",
        ForbiddenBack = "Zurück zur Übersicht",
        Administration = "Verwaltung",
        SignInTitle = "Anmelden",
        Email = "E-Mail-Adresse",
        Password = "Passwort",
        SignIn = "Anmelden",
        SignInWithCompany = "Mit dem Firmenkonto anmelden",
        SignInFailed = "E-Mail-Adresse oder Passwort stimmen nicht.",
        FieldRejected = "Nichts wurde gespeichert",
        PreviousPage = "← vorige Seite",
        NextPage = "nächste Seite →",
        PageFormat = "Seite {0} von {1}",
        LockedOut = "Zu viele falsche Passwörter: Die Anmeldung ist hier für 15 Minuten gesperrt. In einem Browser, in dem Sie sich schon angemeldet haben, geht sie weiter, ebenso nach „Passwort vergessen?“.",
        SignOut = "Abmelden",
        SetupTitle = "Ersten Administrator anlegen",
        SetupIntro = "Dieser Link gilt einmal und 24 Stunden lang. Danach melden Sie sich mit E-Mail-Adresse und Passwort an.",
        SetupUnknown = "Dieser Einrichtungslink ist ungültig, abgelaufen oder schon benutzt.",
        DisplayName = "Name",
        PasswordRule = "Mindestens 12 Zeichen.",
        PasswordRepeat = "Passwort wiederholen",
        PasswordsDiffer = "Die Passwörter stimmen nicht überein.",
        Required = "Bitte ausfüllen.",
        CreateAdministrator = "Administrator anlegen",
        Organisations = "Organisationen",
        NoOrganisations = "Ihnen ist noch keine Organisation zugeordnet.",
        Dashboard = "Übersicht",
        Settings = "Einstellungen",
        Roster = "Teilnehmende",
        ApiKeys = "API-Schlüssel",
        Waves = "Befragungsrunden",
        Report = "Monatsbericht",
        ReportIntro = "Klarheit, Abweichung zwischen den Seiten, Themen, Prioritäten und Zusammenarbeit – dieselben Zahlen wie im Bericht per E-Mail.",
        NoReport = "Der Bericht erscheint, sobald die erste Befragungsrunde geschlossen und ausgewertet ist.",
        KeyFigures = "Kennzahlen",
        KeyFiguresFormat = "aus der Befragung {0}, mit Vormonat",
        ClarityOf = "Klarheitsindex {0} (0–100)",
        DivergenceFigure = "Abweichung zwischen den Seiten (0–1, kleiner ist besser)",
        ResponseRateOf = "Rücklauf {0}",
        FigureHidden = "ausgeblendet",
        EarlierReports = "Frühere Monate",
        LatestReportFormat = "Monatsbericht {0} öffnen",
        NoWaves = "Noch keine Befragungsrunde.",
        WaveProblems = "Probleme",
        MailProblemFormat = "{0}: Der Versand ist {1}-mal fehlgeschlagen, zuletzt am {2} ({3}). Was fehlt, geht mit der nächsten Erinnerung hinaus oder sofort mit „buerogewitter wave remind --org {4}“.",
        AnalysisProblemFormat = "{0}: Die Auswertung ist {1}-mal fehlgeschlagen, zuletzt am {2} ({3}). Erneut starten mit „buerogewitter wave analyse --org {4} --wave {5}“.",
        Opens = "Beginn",
        Closes = "Ende",
        Invitations = "Einladungen",
        Responses = "Antworten",
        CountsOnly = "Nur Anzahlen: Niemand kann sehen, wer geantwortet hat.",
        Saved = "Gespeichert.",
        Save = "Speichern",
        ErrorSummary = "Bitte prüfen Sie die markierten Angaben.",
        Name = "Name",
        TimeZone = "Zeitzone (IANA, z. B. Europe/Berlin)",
        Language = "Sprache",
        LanguageGerman = "Deutsch",
        LanguageEnglish = "Englisch",
        Schedule = "Befragungsrhythmus",
        Cron = "Zeitplan (Cron)",
        CronHint = "Minute Stunde Tag Monat Wochentag, in der Zeitzone der Organisation; 0 9 * * 1#1 = erster Montag im Monat, 9 Uhr.",
        CronInvalid = "Das ist kein gültiger Cron-Ausdruck mit fünf Feldern.",
        NextSends = "Die nächsten fünf Versandtermine",
        Anonymity = "Anonymitätsschwellen",
        ScoreMinimum = "Mindestzahl Antworten für Werte",
        TextMinimum = "Mindestzahl Antworten für Freitexte",
        ThresholdRule = "Mindestens 3; Freitexte brauchen mindestens so viele Antworten wie Werte.",
        FrozenFormat = "Festgeschrieben seit {0}: Die erste Befragungsrunde hat begonnen. Änderten sich die Schwellen danach, ließen sich Runden vergleichen und einzelne Antworten erschließen.",
        Benchmark = "Vergleich mit anderen Kunden",
        BenchmarkHint = "Geteilt werden nur die Kennzahlen der letzten ausgewerteten Runde, ohne Namen; Perzentile erscheinen erst ab fünf teilnehmenden Organisationen.",
        BenchmarkOptIn = "Am anonymen Vergleich über Kunden hinweg teilnehmen",
        Sender = "Absender der E-Mails",
        SenderHint = "Einladungen, Erinnerungen und Monatsberichte kommen von diesem Namen und dieser Adresse, z. B. „Vertriebsleitung Kesselbach“ <vertrieb@kesselbach.de>. Leer: der Absender dieser Installation. Die Adresse muss der Mailserver für Sie versenden dürfen.",
        SenderName = "Absendername",
        SenderAddress = "Absenderadresse",
        SenderAddressInvalid = "Bitte eine E-Mail-Adresse wie vertrieb@firma.de eingeben oder das Feld leer lassen.",
        Managers = "Berichtsempfänger",
        ManagersIntro = "Diese Führungskräfte erhalten den Monatsbericht.",
        NoManagers = "Noch niemand.",
        AddManager = "Empfänger hinzufügen",
        Remove = "Entfernen",
        Side = "Seite",
        Tandem = "Tandem",
        Active = "aktiv",
        Inactive = "inaktiv",
        Edit = "Bearbeiten",
        Participants = "Liste",
        Upload = "Liste hochladen",
        UploadIntro = "CSV mit den Spalten email, name, side (Innendienst, Außendienst, Vertriebsleitung oder inside, field, lead), tandem (optional), language (de, en). Erst nach Ihrer Bestätigung wird gespeichert.",
        RosterFile = "CSV-Datei",
        DeactivateMissing = "Alle, die nicht in der Datei stehen, deaktivieren",
        CheckFile = "Datei prüfen",
        RosterProblems = "Die Datei hat Fehler; nichts wurde gespeichert. Bitte korrigieren Sie alle Zeilen und laden Sie sie erneut hoch:",
        RosterPreview = "Die Datei ist in Ordnung. Diese Personen werden übernommen:",
        ConfirmImport = "Übernehmen",
        ImportedFormat = "Übernommen: {0} neu, {1} geändert, {2} unverändert, {3} deaktiviert.",
        ParticipantTitle = "Teilnehmende Person",
        Erase = "Personenbezogene Daten löschen",
        EraseIntro = "Löscht E-Mail-Adresse, Name und Tandem-Zuordnung endgültig (DSGVO Art. 17). Anonyme Antworten bleiben erhalten, weil sie niemandem zugeordnet sind.",
        EraseConfirm = "Ja, endgültig löschen",
        Export = "Daten exportieren (JSON)",
        ExportIntro = "Die personenbezogenen Daten dieser Person (DSGVO Art. 15), zum Weitergeben an sie: Stammdaten und Einladungen. Ob sie geantwortet hat oder erinnert wurde, steht nicht darin; nach Ende einer Befragung ist es auch nicht mehr gespeichert.",
        Erased = "Die personenbezogenen Daten wurden gelöscht.",
        ApiKeysIntro = "Ein Schlüssel erlaubt den Zugriff auf die API dieser einen Organisation (Header X-Api-Key).",
        NoApiKeys = "Noch kein Schlüssel.",
        CreateApiKey = "Schlüssel erzeugen",
        NewKeyOnce = "Neuer Schlüssel – er wird nur jetzt angezeigt:",
        Revoke = "Widerrufen",
        Revoked = "widerrufen",
        Created = "Erstellt",
        Users = "Konten",
        Assign = "Zuordnen",
        Role = "Rolle",
        RoleNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["administrator"] = "Administrator", ["consultant"] = "Beraterin/Berater", ["manager"] = "Führungskraft (nur Übersicht)" },
        CreateUser = "Konto anlegen",
        UserPasswordHint = "Mindestens 12 Zeichen; leer lassen, wenn sich die Person nur über das Firmenkonto (OpenID Connect) anmeldet.",
        Activate = "Aktivieren",
        Deactivate = "Deaktivieren",
        ManagerNeedsOne = "Eine Führungskraft gehört zu genau einer Organisation; Beraterinnen und Berater zu mindestens einer.",
        EmailTaken = "Für diese E-Mail-Adresse gibt es schon ein Konto.",
        AllOrganisations = "alle",
        NewOrganisation = "Neue Organisation",
        Slug = "Kurzname für Adressen (a–z, 0–9, -)",
        SlugTaken = "Dieser Kurzname ist schon vergeben.",
        CreateOrganisation = "Organisation anlegen",
        Strategy = "Strategie",
        StrategyIntro = "Jede Version hat 3 bis 5 Prioritäten und gilt ab ihrem Datum. Antworten werden an der Version gemessen, die bei der Antwort galt; Prioritäten älterer Versionen zählen als veraltet. Gespeicherte Versionen werden nicht geändert.",
        EffectiveFrom = "Gilt ab",
        Note = "Anmerkung (optional)",
        Priority = "Priorität",
        PriorityGerman = "Priorität (Deutsch)",
        PriorityEnglish = "Priorität auf Englisch (optional)",
        Examples = "Beispielformulierungen (optional, eine je Zeile)",
        ExamplesHint = "So könnten Mitarbeitende die Priorität in eigenen Worten nennen.",
        SaveVersion = "Neue Version speichern",
        VersionFormat = "Version {0}, gültig ab {1}",
        NoStrategy = "Noch keine Strategie hinterlegt.",
        PrioritiesRule = "Bitte 3 bis 5 Prioritäten eintragen.",
        GlossaryHeading = "Eigenes Glossar",
        GlossaryIntro = "Wörter, die bei Ihnen dasselbe meinen: Produktnamen, Abkürzungen, interne Begriffe. Eine Zeile je Begriff, "
            + "„begriff: Form; Form; …“, z. B. „hausmarke: Kesselbach Line; KBL; Eigenmarke“. Ein * am Wortende steht für jede Endung. "
            + "Die Auswertung erkennt diese Formen in Antworten und Prioritäten, auf Deutsch wie auf Englisch; sie gilt ab der nächsten Auswertung.",
        SaveGlossary = "Glossar speichern",
        GlossaryLineFormat = "Zeile {0}: {1}",
        GlossaryNoColon = "erwartet wird „begriff: Form; Form; …“.",
        GlossaryBadConcept = "der Begriff vor dem Doppelpunkt darf nur Buchstaben, Ziffern und „-“ enthalten.",
        GlossaryNoForms = "nach dem Doppelpunkt fehlt mindestens eine Form.",
        EffectiveRule = "Bitte ein Datum angeben, nicht vor der neuesten Version.",
        Template = "Fragebogen",
        TemplateIntro = "Speichern legt eine neue Fassung an; laufende und vergangene Runden behalten ihre Fragen.",
        TemplateName = "Name des Fragebogens",
        StrategyQuestion = "Offene Strategiefrage",
        ClarityItem = "Selbsteinschätzung Klarheit (1–5)",
        OpenQuestion = "Offene Frage zur Zusammenarbeit (optional)",
        ItemsLegend = "Aussagen zur Zusammenarbeit (1–5)",
        ItemsRule = "Bitte 3 bis 6 Aussagen vollständig auf Deutsch und Englisch eintragen.",
        ItemFormat = "Aussage {0}",
        ItemText = "Aussage",
        LowLabel = "Beschriftung 1",
        HighLabel = "Beschriftung 5",
        Preview = "Vorschau",
        PreviewIntro = "So sehen Befragte den Fragebogen (Sprache oben umschalten):",
        NoTemplate = "Noch kein Fragebogen hinterlegt.",
        InGerman = "Deutsch",
        InEnglish = "Englisch",
    };

    public static readonly AdminText English = new()
    {
        NavGlobal = "All organisations",
        NavAccount = "Your account",
        ScheduleInWordsFormat = "{0} at {1:HH:mm}",
        ScheduleCurrent = "Currently",
        ScheduleWhen = "When does a survey wave start?",
        ScheduleTime = "Time of day (the organisation's time zone)",
        ScheduleTimeInvalid = "Please give a time such as 09:00.",
        ScheduleCustom = "Custom schedule (cron expression, for experts)",
        ScheduleCustomHint = "Working days are Monday to Friday; the schedule does not know public holidays. The cron expression applies only when “Custom schedule” is chosen above.",
        WaveLabelFormat = "Wave {0}, opened {1}",
        WaveNumber = "Wave",
        MonthOfWaveFormat = "{0} (wave {1})",
        ForbiddenTitle = "No access to this page",
        ForbiddenWhat = "You are signed in, but your account may not open this page or make this change. Nothing was saved.",
        ForbiddenRoleFormat = "Your role: {0}. Managers see the dashboard, the reports and the workshops of their organisation; consultants look after settings, participants, strategy and access, administrators after accounts.",
        ForbiddenWhom = "If you need this page, ask the person who created your account (your consultant or the administrator) for the matching role.",
        ForbiddenBack = "Back to the overview",
        Administration = "Administration",
        SignInTitle = "Sign in",
        Email = "E-mail address",
        Password = "Password",
        SignIn = "Sign in",
        SignInWithCompany = "Sign in with the company account",
        SignInFailed = "E-mail address or password is wrong.",
        FieldRejected = "Nothing was saved",
        PreviousPage = "← previous page",
        NextPage = "next page →",
        PageFormat = "Page {0} of {1}",
        LockedOut = "Too many wrong passwords: signing in here is held off for 15 minutes. A browser you have signed in with before still works, and so does “Forgot your password?”.",
        SignOut = "Sign out",
        SetupTitle = "Create the first administrator",
        SetupIntro = "This link works once and for 24 hours. Afterwards, sign in with e-mail address and password.",
        SetupUnknown = "This setup link is invalid, expired or already used.",
        DisplayName = "Name",
        PasswordRule = "At least 12 characters.",
        PasswordRepeat = "Repeat the password",
        PasswordsDiffer = "The passwords do not match.",
        Required = "Please fill this in.",
        CreateAdministrator = "Create administrator",
        Organisations = "Organisations",
        NoOrganisations = "No organisation is assigned to you yet.",
        Dashboard = "Overview",
        Settings = "Settings",
        Roster = "Participants",
        ApiKeys = "API keys",
        Waves = "Survey waves",
        Report = "Monthly report",
        ReportIntro = "Clarity, divergence between the sides, themes, priorities and collaboration — the same numbers as the report by e-mail.",
        NoReport = "The report appears once the first wave has closed and been analysed.",
        KeyFigures = "Key figures",
        KeyFiguresFormat = "from the survey of {0}, with the month before",
        ClarityOf = "Clarity index {0} (0–100)",
        DivergenceFigure = "Divergence between the sides (0–1, lower is better)",
        ResponseRateOf = "Response rate {0}",
        FigureHidden = "hidden",
        EarlierReports = "Earlier months",
        LatestReportFormat = "Open the {0} report",
        NoWaves = "No wave yet.",
        WaveProblems = "Problems",
        MailProblemFormat = "{0}: sending failed {1} time(s), last on {2} ({3}). What is missing goes out with the next reminder, or now with “buerogewitter wave remind --org {4}”.",
        AnalysisProblemFormat = "{0}: the analysis failed {1} time(s), last on {2} ({3}). Run it again with “buerogewitter wave analyse --org {4} --wave {5}”.",
        Opens = "Opens",
        Closes = "Closes",
        Invitations = "Invitations",
        Responses = "Responses",
        CountsOnly = "Counts only: nobody can see who answered.",
        Saved = "Saved.",
        Save = "Save",
        ErrorSummary = "Please check the marked fields.",
        Name = "Name",
        TimeZone = "Time zone (IANA, e.g. Europe/Berlin)",
        Language = "Language",
        LanguageGerman = "German",
        LanguageEnglish = "English",
        Schedule = "Pulse schedule",
        Cron = "Schedule (cron)",
        CronHint = "minute hour day month weekday, in the organisation's time zone; 0 9 * * 1#1 = first Monday of the month, 9:00.",
        CronInvalid = "This is not a valid five-field cron expression.",
        NextSends = "The next five send dates",
        Anonymity = "Anonymity thresholds",
        ScoreMinimum = "Minimum responses for scores",
        TextMinimum = "Minimum responses for free text",
        ThresholdRule = "At least 3; free text needs at least as many responses as scores.",
        FrozenFormat = "Frozen since {0}: the first wave has opened. Changing the thresholds afterwards would let waves be compared to single out answers.",
        Benchmark = "Benchmark across clients",
        BenchmarkHint = "Only the latest analysed wave's figures are shared, without names; percentiles appear once five organisations take part.",
        BenchmarkOptIn = "Take part in the anonymous benchmark across clients",
        Sender = "Sender of the e-mails",
        SenderHint = "Invitations, reminders and monthly reports come from this name and address, e.g. “Kesselbach Sales” <sales@kesselbach.com>. Empty: this installation's sender. The mail server must be allowed to send for the address.",
        SenderName = "Sender name",
        SenderAddress = "Sender address",
        SenderAddressInvalid = "Please enter an e-mail address such as sales@company.com, or leave the field empty.",
        Managers = "Report recipients",
        ManagersIntro = "These managers receive the monthly report.",
        NoManagers = "Nobody yet.",
        AddManager = "Add recipient",
        Remove = "Remove",
        Side = "Side",
        Tandem = "Tandem",
        Active = "active",
        Inactive = "inactive",
        Edit = "Edit",
        Participants = "List",
        Upload = "Upload a roster",
        UploadIntro = "CSV with the columns email, name, side (inside, field, lead, or the German Innendienst, Außendienst, Vertriebsleitung), tandem (optional), language (de, en). Nothing is saved before you confirm.",
        RosterFile = "CSV file",
        DeactivateMissing = "Deactivate everybody who is not in the file",
        CheckFile = "Check file",
        RosterProblems = "The file has problems; nothing was saved. Please fix every line and upload it again:",
        RosterPreview = "The file is fine. These people will be taken over:",
        ConfirmImport = "Take over",
        ImportedFormat = "Taken over: {0} new, {1} changed, {2} unchanged, {3} deactivated.",
        ParticipantTitle = "Participant",
        Erase = "Erase personal data",
        EraseIntro = "Deletes e-mail address, name and tandem for good (GDPR Art. 17). Anonymous responses stay, because they belong to nobody.",
        EraseConfirm = "Yes, erase for good",
        Export = "Export data (JSON)",
        ExportIntro = "The personal data of this person (GDPR Art. 15), to pass on to them: their details and invitations. It does not say whether they answered or were reminded; once a wave closes, that is not stored either.",
        Erased = "The personal data has been erased.",
        ApiKeysIntro = "A key gives access to the API of this one organisation (header X-Api-Key).",
        NoApiKeys = "No key yet.",
        CreateApiKey = "Create key",
        NewKeyOnce = "New key — it is shown only now:",
        Revoke = "Revoke",
        Revoked = "revoked",
        Created = "Created",
        Users = "Accounts",
        Assign = "Assign",
        Role = "Role",
        RoleNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["administrator"] = "Administrator", ["consultant"] = "Consultant", ["manager"] = "Manager (overview only)" },
        CreateUser = "Create account",
        UserPasswordHint = "At least 12 characters; leave empty when the person signs in only with the company account (OpenID Connect).",
        Activate = "Activate",
        Deactivate = "Deactivate",
        ManagerNeedsOne = "A manager belongs to exactly one organisation; a consultant to at least one.",
        EmailTaken = "There is already an account for this e-mail address.",
        AllOrganisations = "all",
        NewOrganisation = "New organisation",
        Slug = "Short name for addresses (a–z, 0–9, -)",
        SlugTaken = "This short name is already taken.",
        CreateOrganisation = "Create organisation",
        Strategy = "Strategy",
        StrategyIntro = "Each version has 3 to 5 priorities and applies from its date. Answers are measured against the version in force when they were given; priorities of older versions count as stale. Saved versions are never changed.",
        EffectiveFrom = "Effective from",
        Note = "Note (optional)",
        Priority = "Priority",
        PriorityGerman = "Priority (German)",
        PriorityEnglish = "Priority in English (optional)",
        Examples = "Example phrases (optional, one per line)",
        ExamplesHint = "How employees might name the priority in their own words.",
        SaveVersion = "Save new version",
        VersionFormat = "Version {0}, effective from {1}",
        NoStrategy = "No strategy yet.",
        PrioritiesRule = "Please enter 3 to 5 priorities.",
        GlossaryHeading = "Your own glossary",
        GlossaryIntro = "Words that mean the same in your company: product names, abbreviations, internal terms. One line per term, "
            + "\"term: form; form; …\", e.g. \"own-brand: Kesselbach Line; KBL; private label\". A * at the end of a word stands for any ending. "
            + "The analysis recognises these forms in answers and priorities, in German and English alike; it applies from the next analysis.",
        SaveGlossary = "Save glossary",
        GlossaryLineFormat = "Line {0}: {1}",
        GlossaryNoColon = "expected \"term: form; form; …\".",
        GlossaryBadConcept = "the term before the colon may only contain letters, digits and \"-\".",
        GlossaryNoForms = "at least one form is missing after the colon.",
        EffectiveRule = "Please give a date, not before the newest version.",
        Template = "Questionnaire",
        TemplateIntro = "Saving creates a new edition; running and past waves keep their questions.",
        TemplateName = "Questionnaire name",
        StrategyQuestion = "Open strategy question",
        ClarityItem = "Self-rated clarity (1–5)",
        OpenQuestion = "Open question on working together (optional)",
        ItemsLegend = "Statements on working together (1–5)",
        ItemsRule = "Please enter 3 to 6 statements completely in German and English.",
        ItemFormat = "Statement {0}",
        ItemText = "Statement",
        LowLabel = "Label for 1",
        HighLabel = "Label for 5",
        Preview = "Preview",
        PreviewIntro = "This is how respondents see the questionnaire (switch the language at the top):",
        NoTemplate = "No questionnaire yet.",
        InGerman = "German",
        InEnglish = "English",
    };
}
