using System.Globalization;
using System.Text;
using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Surveys;

namespace Buerogewitter.Core.Demo;

/// <summary>
/// Builds the demo client "Kesselbach Antriebstechnik": 39 people, two strategy versions, six monthly waves and a
/// workshop between waves 3 and 4 after which the answers measurably converge. Pure: the same seed and day give
/// the same scenario.
/// </summary>
public static class DemoScenarioBuilder
{
    public const int WaveCount = 6;
    public const int WavesBeforeWorkshop = 3;
    private const int LeadCount = 3;
    private const int EnglishSpeakerCount = 10;

    private static readonly CultureInfo GermanCulture = CultureInfo.GetCultureInfo("de-DE");

    // Days after opening: most answer on the first day and after the reminders on day 3 and day 5.
    private static readonly double[] SubmissionDayWeights = [30, 14, 7, 16, 6, 13, 5];

    // Mean check-back rating per measure in waves 4, 5 and 6: the checklist sticks, the Monday round
    // fades, the discount rule grows on people.
    private static readonly double[][] MeasureCheckMeans = [[3.8, 3.9, 3.0], [4.1, 3.4, 3.3], [4.2, 3.0, 3.6]];

    public static DemoScenario Build(int seed, DateOnly today)
    {
        var rng = new Random(seed);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(DemoTexts.TimeZone);
        var months = DemoCalendar.WaveMonths(today, WaveCount);
        var people = BuildPeople(rng);
        // Lasting traits make the same person answer alike month after month, as real panels do.
        var traits = people.ToDictionary(p => p.Email, p => new Traits(
            Knowledge: p.Side == Side.Lead ? rng.Between(0.8, 1.0) : rng.NextDouble(),
            Mood: rng.Normal(0, 0.35)));
        var opensAt = months.Select(m => DemoCalendar.At(DemoCalendar.FirstMonday(m), DemoCalendar.OpeningTime, zone)).ToList();
        var lastCloseBefore = DemoCalendar.FirstMonday(months[WavesBeforeWorkshop - 1]).AddDays(7);
        var workshop = BuildWorkshop(rng, people, lastCloseBefore);
        var writer = new DemoAnswerWriter(rng);
        var waves = new List<DemoWave>();
        for (var i = 0; i < WaveCount; i++)
        {
            var closesAt = DemoCalendar.At(DateOnly.FromDateTime(opensAt[i].DateTime).AddDays(7), DemoCalendar.OpeningTime, zone);
            waves.Add(BuildWave(rng, writer, people, traits, opensAt[i], closesAt, i));
        }
        return new DemoScenario(
            new DemoOrganisation(DemoTexts.Slug, DemoTexts.CompanyName, DemoTexts.TimeZone, Languages.German),
            people, Strategy(months[0]), DefaultQuestionnaire.Template, waves, workshop);
    }

    private static List<DemoPerson> BuildPeople(Random rng)
    {
        var tandemCount = DemoTexts.Tandems.Count;
        var total = LeadCount + (2 * tandemCount) + 4;
        var names = rng.Shuffled(DemoTexts.GermanSpeakers).Take(total - EnglishSpeakerCount).Select(n => (n, Languages.German))
            .Concat(rng.Shuffled(DemoTexts.EnglishSpeakers).Take(EnglishSpeakerCount).Select(n => (n, Languages.English)));
        var queue = new Queue<(string Name, string Language)>(rng.Shuffled(names));
        var people = new List<DemoPerson>();
        for (var i = 0; i < LeadCount; i++)
        {
            people.Add(Person(queue.Dequeue(), Side.Lead, null));
        }
        // Pairs plus four trios (two with a second inside, two with a second field person) keep both sides equal.
        var thirds = rng.Shuffled<Side?>([Side.Inside, Side.Inside, Side.Field, Side.Field, .. Enumerable.Repeat<Side?>(null, tandemCount - 4)]);
        for (var t = 0; t < tandemCount; t++)
        {
            var tandem = DemoTexts.Tandems[t];
            people.Add(Person(queue.Dequeue(), Side.Field, tandem));
            people.Add(Person(queue.Dequeue(), Side.Inside, tandem));
            if (thirds[t] is { } third)
            {
                people.Add(Person(queue.Dequeue(), third, tandem));
            }
        }
        return people;
    }

    private static DemoPerson Person((string Name, string Language) who, Side side, string? tandem)
    {
        var space = who.Name.IndexOf(' ', StringComparison.Ordinal);
        var email = $"{Mailbox(who.Name[..space])}.{Mailbox(who.Name[(space + 1)..])}@{DemoTexts.MailDomain}";
        return new DemoPerson(email, who.Name, side, tandem, who.Language);
    }

    // German transliteration first (ü → ue), then accents, apostrophes and spaces dropped: "Mateo García" → "mateo.garcia".
    private static string Mailbox(string namePart)
    {
        var lower = namePart.ToLower(GermanCulture).Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var box = new StringBuilder();
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z')
            {
                box.Append(c);
            }
        }
        return box.ToString();
    }

    // Version 2 took effect two months before the first wave, version 1 a year before that.
    private static List<DemoStrategyVersion> Strategy(DateOnly firstWaveMonth)
    {
        var current = firstWaveMonth.AddMonths(-2);
        return [new(1, current.AddMonths(-12), DemoTexts.StrategyV1), new(2, current, DemoTexts.StrategyV2)];
    }

    private static DemoWorkshop BuildWorkshop(Random rng, IReadOnlyList<DemoPerson> people, DateOnly waveThreeClosedOn)
    {
        // Wave 3 closes on a Monday; the workshop follows on Wednesday to Friday, weeks before wave 4 opens.
        var heldOn = waveThreeClosedOn.AddDays(rng.Next(2, 5));
        var inside = rng.Shuffled(people.Where(p => p.Side == Side.Inside));
        var field = rng.Shuffled(people.Where(p => p.Side == Side.Field));
        var measures = DemoTexts.Measures
            .Select((m, i) => new DemoMeasure(m.Title, inside[i].Name, field[i].Name, heldOn.AddDays(m.DueAfterDays), m.Status, m.TitleEn))
            .ToList();
        return new DemoWorkshop(heldOn, DemoTexts.Moderator, DemoTexts.WorkshopGoal, DemoTexts.JointProblem, DemoTexts.Cards, measures);
    }

    private static DemoWave BuildWave(Random rng, DemoAnswerWriter writer, IReadOnlyList<DemoPerson> people,
        IReadOnlyDictionary<string, Traits> traits, DateTimeOffset opensAt, DateTimeOffset closesAt, int index)
    {
        var afterWorkshop = index >= WavesBeforeWorkshop;
        var phase = afterWorkshop ? DemoPhase.After : DemoPhase.Before;
        var respondents = new List<DemoPerson>();
        foreach (var side in Sides.All)
        {
            var members = people.Where(p => p.Side == side).ToList();
            var rate = rng.Between(phase.LowestResponseRate, DemoPhase.MaxResponseRate);
            // Clamped so that small groups (three leads) still land inside the 65–90 % band.
            var count = Math.Clamp((int)Math.Round(rate * members.Count, MidpointRounding.AwayFromZero),
                (int)Math.Ceiling(DemoPhase.MinResponseRate * members.Count), (int)Math.Floor(DemoPhase.MaxResponseRate * members.Count));
            respondents.AddRange(rng.Shuffled(members).Take(count));
        }

        var openedOn = DateOnly.FromDateTime(opensAt.DateTime);
        var responses = new DemoResponse[respondents.Count];
        for (var i = 0; i < respondents.Count; i++)
        {
            var person = respondents[i];
            var trait = traits[person.Email];
            var submittedOn = openedOn.AddDays(rng.PickWeighted(SubmissionDayWeights));
            var strategy = writer.Strategy(phase, person.Side, person.Language, trait.Knowledge);
            var selfClarity = Rating(rng, phase.SelfClarityMean + (0.8 * (trait.Knowledge - 0.5)), 0.7, 0.02);
            var collaboration = writer.Collaboration(phase, person.Side, person.Language, afterWorkshop);
            var ratings = phase.LikertMeans(person.Side).Select(mean => Rating(rng, mean + trait.Mood, 0.8, 0.03)).ToList();
            IReadOnlyList<int?> checks = afterWorkshop
                ? [.. MeasureCheckMeans[index - WavesBeforeWorkshop].Select(mean => Rating(rng, mean + (trait.Mood / 2), 0.8, 0.08))]
                : [];
            responses[i] = new DemoResponse(person.Side, person.Language, submittedOn, strategy, selfClarity, collaboration, ratings, checks);
        }
        // Responses carry no person; shuffling keeps their order from pointing back to the respondent list.
        rng.Shuffle(responses);
        var emails = respondents.Select(p => p.Email).Order(StringComparer.Ordinal).ToList();
        return new DemoWave(opensAt, opensAt, closesAt, emails, responses, afterWorkshop);
    }

    private static int? Rating(Random rng, double mean, double sd, double skipChance) =>
        rng.Chance(skipChance) ? null : Math.Clamp((int)Math.Round(rng.Normal(mean, sd), MidpointRounding.AwayFromZero), 1, 5);

    private sealed record Traits(double Knowledge, double Mood);
}
