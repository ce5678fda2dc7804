using System.Globalization;
using System.Text;
using Buerogewitter.Core.Demo;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages;

public sealed class IndexModel(OrganisationStore organisations, DatabaseReadiness readiness) : PageModel
{
    public StartPageText Text { get; } = Localized.Pick(StartPageText.German, StartPageText.English);

    public int OrganisationCount { get; private set; }

    /// <summary>The demo organisation's name when <c>demo</c> has written it here, for the "try it" hints.</summary>
    public string? DemoName { get; private set; }

    public static string DemoSignIn => $"/admin/login?ReturnUrl={Uri.EscapeDataString($"/admin/o/{DemoOrganisation.DemoSlug}")}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        var all = await organisations.ListAsync(cancellationToken);
        OrganisationCount = all.Count;
        DemoName = all.FirstOrDefault(o => o.Slug == DemoOrganisation.DemoSlug)?.Name;
    }
}

public sealed record StartPageText(
    string Title,
    string Lead,
    string ProblemHeading,
    string Problem,
    string HowHeading,
    IReadOnlyList<string> Steps,
    string AnonymityHeading,
    string Anonymity,
    string HereHeading,
    string HealthLink,
    CompositeFormat OrganisationsFormat,
    string SignIn,
    string SignInHint,
    string DemoHeading,
    CompositeFormat DemoIntroFormat,
    string DemoOpen,
    IReadOnlyList<string> DemoSteps)
{
    public string DemoIntro(string organisation) =>
        string.Format(CultureInfo.CurrentCulture, DemoIntroFormat, organisation, DemoOrganisation.ManagerEmail, DemoOrganisation.ConsultantEmail);

    public string Organisations(int count) => string.Format(CultureInfo.CurrentCulture, OrganisationsFormat, count);

    public static readonly StartPageText German = new(
        "Wissen Innendienst und Außendienst, was unsere Vertriebsstrategie ist?",
        "Buerogewitter fragt jeden Monat beide Seiten des Vertriebs in zwei Minuten, was die Strategie ist und wie die Zusammenarbeit läuft – und zeigt ehrlich, wo sie auseinanderliegen.",
        "Das Problem",
        "Fast alle Führungskräfte sagen, sie kennen die Prioritäten ihres Unternehmens; gefragt, sie zu nennen, schafft es nur ein Bruchteil. Wo niemand die Strategie benennen kann, schieben sich Innendienst und Außendienst gegenseitig die Schuld zu.",
        "So funktioniert es",
        [
            "Jeden Monat bekommt jede Person einen persönlichen, einmal gültigen Link zur Kurzbefragung.",
            "Die offenen Antworten werden zu Themen gebündelt und mit den offiziellen Prioritäten abgeglichen.",
            "Der Monatsbericht zeigt Klarheit, Abweichung zwischen den Seiten und die Zusammenarbeit – mit Unsicherheit.",
            "Nach einem Bürogewitter-Workshop zeigt der Vorher-nachher-Vergleich, ob sich etwas bewegt hat.",
        ],
        "Anonymität",
        "Antworten werden ohne Person, ohne Link und ohne Uhrzeit gespeichert. Werte erscheinen erst ab 5 Antworten je Gruppe, Freitexte erst ab 10. Niemand – auch kein Admin – kann sehen, wer was geantwortet hat.",
        "Auf diesem Server",
        "Zustand der Anwendung und der Datenbank",
        CompositeFormat.Parse("Organisationen auf diesem Server: {0}."),
        "Anmelden",
        "für Vertriebsleitung, Beratung und Administration; wer an der Befragung teilnimmt, braucht kein Konto, nur den Link aus der E-Mail.",
        "Die Demo ausprobieren",
        CompositeFormat.Parse("Auf diesem Server gibt es die Demo-Organisation „{0}“ mit sechs Monaten Antworten und einem Workshop. Melden Sie sich als Vertriebsleitung ({1}) oder als Beratung ({2}) an – mit dem Passwort, das der Befehl demo in der Konsole ausgegeben hat."),
        "Demo-Dashboard öffnen",
        [
            "Monatsbericht: Was sagen Innen- und Außendienst über die Strategie, und wo liegen sie auseinander?",
            "Workshops: die vereinbarten Maßnahmen, ihre Umsetzung und der Vorher-nachher-Vergleich.",
            "Als Beratung zusätzlich: Teilnehmerliste, Strategie und Fragebogen.",
        ]);

    public static readonly StartPageText English = new(
        "Do inside and field sales know what our sales strategy is?",
        "Every month Buerogewitter asks both sides of sales, in two minutes, what the strategy is and how working together goes — and shows honestly where they diverge.",
        "The problem",
        "Nearly all managers say they know their company's priorities; asked to name them, only a fraction can. Where nobody can name the strategy, inside and field sales blame each other.",
        "How it works",
        [
            "Every month each person gets a personal, single-use link to a short survey.",
            "The open answers are grouped into themes and matched against the official priorities.",
            "The monthly report shows clarity, divergence between the sides and collaboration — with uncertainty.",
            "After a Bürogewitter workshop, the before/after comparison shows whether anything moved.",
        ],
        "Anonymity",
        "Answers are stored without person, link or time of day. Scores appear only from 5 responses per group, free text only from 10. Nobody — not even an admin — can see who answered what.",
        "On this server",
        "health of the application and its database",
        CompositeFormat.Parse("Organisations on this server: {0}."),
        "Sign in",
        "for sales management, consultants and administrators; people taking the survey need no account, only the link in their e-mail.",
        "Try the demo",
        CompositeFormat.Parse("This server holds the demo organisation “{0}” with six months of answers and a workshop. Sign in as sales management ({1}) or as consultant ({2}) with the password the demo command printed on the console."),
        "Open the demo dashboard",
        [
            "Monthly report: what do inside and field sales say about the strategy, and where do they diverge?",
            "Workshops: the agreed measures, how they are followed through, and the before/after comparison.",
            "As consultant also: the roster, the strategy and the questionnaire.",
        ]);
}
