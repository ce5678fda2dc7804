using System.Globalization;
using System.Text;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Hosting;
using Buerogewitter.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages;

public sealed class IndexModel(OrganisationStore organisations, DatabaseReadiness readiness) : PageModel
{
    public StartPageText Text { get; } = Localized.Pick(StartPageText.German, StartPageText.English);

    public int OrganisationCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await readiness.EnsureAsync(cancellationToken);
        OrganisationCount = (await organisations.ListAsync(cancellationToken)).Count;
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
    CompositeFormat OrganisationsFormat)
{
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
        CompositeFormat.Parse("Organisationen auf diesem Server: {0}."));

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
        CompositeFormat.Parse("Organisations on this server: {0}."));
}
