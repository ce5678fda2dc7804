using System.Globalization;
using System.Text;
using Buerogewitter.Core.Participants;
using T = Buerogewitter.Core.Demo.DemoAnswerTexts;

namespace Buerogewitter.Core.Demo;

internal sealed class DemoAnswerWriter(Random rng)
{
    private static readonly CultureInfo GermanCulture = CultureInfo.GetCultureInfo("de-DE");

    // knowledge: the person's lasting grasp of the strategy, 0…1; it shifts the recall chance by up to ±0.2.
    public string Strategy(DemoPhase phase, Side side, string language, double knowledge)
    {
        // Leads wrote the strategy, so they recall it best, though not perfectly.
        var leadBonus = side == Side.Lead ? 0.2 : 0;
        var recall = Math.Clamp(phase.RecallBase + (0.4 * (knowledge - 0.5)) + leadBonus, 0.05, 0.97);
        if (!rng.Chance(recall))
        {
            var roll = rng.NextDouble();
            var misses = phase.Misses(side);
            if (roll < misses.Diffuse)
            {
                return Roughen(rng.Pick(T.Diffuse.In(language)), language);
            }
            var core = roll < misses.Diffuse + misses.Stale
                ? Stale(language) + rng.Pick(T.StaleDoubts.In(language))
                : rng.Pick(Concerns(side).In(language));
            return Roughen(Dress(phase, side, language, [core]), language);
        }

        var count = 1 + rng.PickWeighted(phase.PriorityCountWeights);
        var named = new List<string>();
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
        {
            var index = rng.PickWeighted(phase.PriorityWeights(side));
            if (chosen.Add(index))
            {
                named.Add(rng.Pick(T.CurrentPriorities[index].In(language)));
            }
        }
        // Half-updated memories: a current priority next to one from last year's list.
        if (rng.Chance(phase.StaleMixChance))
        {
            named.Add(Stale(language));
        }
        return Roughen(Dress(phase, side, language, named), language);
    }

    public string? Collaboration(DemoPhase phase, Side side, string language, bool afterWorkshop)
    {
        if (rng.Chance(phase.CollaborationSkipChance))
        {
            return null;
        }
        Phrases pool;
        if (afterWorkshop && rng.Chance(0.5))
        {
            pool = rng.Chance(0.6) ? T.SharedAfterWorkshop : side switch
            {
                Side.Inside => T.InsideAfterWorkshop,
                Side.Field => T.FieldAfterWorkshop,
                _ => T.SharedAfterWorkshop,
            };
        }
        else
        {
            pool = side switch
            {
                Side.Inside => T.InsideCollaboration,
                Side.Field => T.FieldCollaboration,
                _ => T.LeadCollaboration,
            };
        }
        return Roughen(rng.Pick(pool.In(language)), language);
    }

    private string Stale(string language) => rng.Pick(rng.Pick(T.RetiredPriorities).In(language));

    private Phrases Concerns(Side side) => side switch
    {
        Side.Inside => T.InsideConcerns,
        Side.Field => T.FieldConcerns,
        _ => rng.Chance(0.5) ? T.InsideConcerns : T.FieldConcerns,
    };

    private string Dress(DemoPhase phase, Side side, string language, List<string> fragments)
    {
        if (fragments.Count > 1 && rng.Chance(0.25))
        {
            var numbered = rng.Chance(0.4);
            return string.Join('\n', fragments.Select((f, i) => numbered ? $"{i + 1}. {f}" : $"- {f}"));
        }

        var text = new StringBuilder();
        if (rng.Chance(phase.WorkshopMentionChance))
        {
            text.Append(rng.Pick(T.WorkshopOpeners.In(language)));
        }
        else if (rng.Chance(0.3))
        {
            text.Append(rng.Pick(T.Openers.In(language)));
        }
        var start = text.Length;
        for (var i = 0; i < fragments.Count; i++)
        {
            if (i > 0)
            {
                text.Append(rng.Pick(T.InlineJoiners.In(language)));
            }
            text.Append(fragments[i]);
        }
        if (text.Length > start && rng.Chance(0.7))
        {
            text[start] = char.ToUpper(text[start], GermanCulture);
        }
        if (side != Side.Lead && rng.Chance(phase.ComplaintChance))
        {
            var complaints = side == Side.Inside ? T.InsideComplaints : T.FieldComplaints;
            text.Append(rng.Pick(complaints.In(language)));
        }
        text.Append(rng.Pick(T.Closers.In(language)));
        return text.ToString();
    }

    private string Roughen(string text, string language)
    {
        var english = language == Languages.English;
        if (rng.Chance(0.3))
        {
            foreach (var (full, shorthand) in english ? T.EnglishAbbreviations : T.GermanAbbreviations)
            {
                if (rng.Chance(0.5))
                {
                    text = ReplaceWord(text, full, shorthand);
                }
            }
        }
        if (rng.Chance(0.15))
        {
            text = Typo(text);
        }
        if (!english && rng.Chance(0.06))
        {
            text = text.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
                .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        }
        if (rng.Chance(0.1))
        {
            text = text.ToLower(GermanCulture);
        }
        return text;
    }

    private string Typo(string text)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }
        var index = rng.Pick(candidates);
        var word = words[index];
        var at = rng.Next(1, word.Length - 1);
        words[index] = rng.Next(3) switch
        {
            0 => SwapWithNext(word, at),
            1 => word.Remove(at, 1),
            _ => word.Insert(at, word[at].ToString()),
        };
        return string.Join(' ', words);
    }

    private static string SwapWithNext(string word, int at)
    {
        var letters = word.ToCharArray();
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        return new string(letters);
    }

    private static string ReplaceWord(string text, string word, string replacement)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetter(text[end]);
            if (startsWord && endsWord)
            {
                return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(end));
            }
            at = end;
        }
        return text;
    }
}
