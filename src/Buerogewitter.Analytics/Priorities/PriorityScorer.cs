using Buerogewitter.Analytics.Embeddings;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Decides which official priorities, current or stale, an answer names. Two kinds of evidence per answer and
/// priority: the lexical match of <see cref="PriorityMatcher"/> (words, compound parts and dictionary
/// translations, weighted by how distinctive they are among the priorities) and, when an embedder is given,
/// the cosine between the answer's sentence embedding and the closest sentence of the priority's texts, German
/// read as its English gloss (<see cref="Reading"/>). A logistic model (<see cref="RecallModels"/>) turns both,
/// and how far they stand above the other priorities, into the probability that the answer names the priority;
/// 0.5 decides.
/// </summary>
public sealed class PriorityScorer
{
    private readonly IReadOnlyList<Priority> _current;
    private readonly IReadOnlyList<Priority> _stale;
    private readonly List<Priority> _all;
    private readonly string _language;
    private readonly string _defaultLanguage;
    private readonly ScorerResources _resources;
    private readonly WordUnits _units;
    private readonly PriorityMatcher _matcher;
    private readonly Lazy<List<List<(string Language, float[] Vector, double Baseline)>>> _prioritySentences;
    private readonly Lazy<HashSet<string>> _names;

    /// <summary>Prepares the matcher; <paramref name="language"/> is "de", "en" or "auto" (detect per answer).</summary>
    public PriorityScorer(IReadOnlyList<Priority> priorities, IReadOnlyList<Priority>? stale = null, ScorerResources? resources = null,
        string language = "auto", string defaultLanguage = Languages.German)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        _current = priorities;
        _stale = stale ?? [];
        _all = [.. _current, .. _stale];
        _language = language;
        _defaultLanguage = defaultLanguage;
        _resources = resources ?? ScorerResources.Default;
        _units = new WordUnits(_resources.Lexicon, _resources.Glossary);
        _matcher = new PriorityMatcher(_all, _current.Count, _units, defaultLanguage);
        _prioritySentences = new(EmbedPriorities);
        _names = new(() => EnglishNames(_all));
    }

    /// <summary>The words a German text's gloss keeps as written (<see cref="EnglishNames"/>).</summary>
    public IReadOnlySet<string> Names => _names.Value;

    /// <summary>
    /// Names in the priorities' English texts: words capitalised inside a sentence ("the new Peine logistics
    /// centre", "KelderOrder", "RFQs"). English capitalises nothing else there, so these are the words a German
    /// answer's gloss keeps as written instead of translating "Peine" as "pain".
    /// </summary>
    private static HashSet<string> EnglishNames(IEnumerable<Priority> priorities)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in priorities.Select(p => p.TextEn).OfType<string>())
        {
            foreach (var sentence in text.Split(['.', '!', '?', ':', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                names.UnionWith(TextNormalizer.Tokenize(sentence).Skip(1).Where(t => char.IsUpper(t.Original[0])).Select(t => t.Key));
            }
        }
        return names;
    }

    public PriorityResult Score(IReadOnlyList<AnswerText> answers, IReadOnlyList<CodedAnswer>? coded = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var features = Features(answers);
        var scores = new List<PriorityAnswerScore>(answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            var named = new List<string>();
            var stale = new List<string>();
            for (var p = 0; p < _all.Count; p++)
            {
                if (Model.Probability(features[i].Rows[p]) < 0.5) continue;
                if (p < _current.Count) named.Add(_all[p].Id);
                else stale.Add(_all[p].Id);
            }
            // "Letztes Jahr noch Pflegeheime, jetzt Kliniken": a retired priority named as retired is not a stale answer.
            if (features[i].Cues.Contains("#dropped")) stale.Clear();
            scores.Add(Classified(new PriorityAnswerScore(i, named, stale, false, features[i].Language), features[i]));
        }
        if (coded is null || coded.Count == 0) return new PriorityResult(scores, null);
        return SupervisedPriorities.Apply(this, answers, features, scores, coded, seed);
    }

    /// <summary>
    /// The score with its diffuse and off-topic flags set from the priorities it names. Naming a priority is
    /// concrete content, whatever filler surrounds it; an answer that names none is off-topic when it is about
    /// something else, diffuse when it says nothing concrete, and neither when it names a lever that is on no
    /// list ("Mehr auf regionalen Baumessen zeigen").
    /// </summary>
    internal PriorityAnswerScore Classified(PriorityAnswerScore score, AnswerFeatures features)
    {
        var nothing = score.PriorityIds.Count == 0 && score.StalePriorityIds.Count == 0;
        var offTopic = nothing && IsOffTopic(features.Cues);
        return score with
        {
            IsOffTopic = offTopic,
            IsDiffuse = nothing && !offTopic && _resources.Models.Diffuse.IsDiffuse(features.DiffuseRow, _resources.Embedder?.Name),
        };
    }

    internal IReadOnlyList<Priority> Current => _current;

    /// <summary>
    /// The same scorer with words learned from coded answers: a content word of an answer whose coder ticked a
    /// priority becomes an example word of that priority when no coded answer without the priority uses it
    /// ("Hausmarke" in answers coded own brand, but never elsewhere). Words that run through answers of several
    /// priorities ("Apotheken") are left out.
    /// </summary>
    internal PriorityScorer WithLearnedWords(IReadOnlyList<(string Text, IReadOnlySet<string> PriorityIds)> coded)
    {
        var units = coded.Select(c =>
        {
            var language = LanguageOf(new AnswerText(c.Text));
            return (Units: _units.Of(c.Text, language).Where(u => !u.IsConcept).ToList(), c.PriorityIds, Language: language);
        }).ToList();
        var current = _current.Select(p =>
        {
            var outside = units.Where(u => !u.PriorityIds.Contains(p.Id)).SelectMany(u => u.Units).ToList();
            var learned = units.Where(u => u.PriorityIds.Contains(p.Id))
                .Select(u => string.Join(' ', u.Units.Where(w => !outside.Any(o => o.Matches(w))).Select(w => w.Original).Distinct()))
                .Where(words => words.Length > 0)
                .ToList();
            return p with { Examples = [.. p.Examples ?? [], .. learned] };
        }).ToList();
        return new PriorityScorer(current, _stale, _resources, _language, _defaultLanguage);
    }

    /// <summary>Per answer, the probability that it names each current priority.</summary>
    internal double[][] Probabilities(IReadOnlyList<AnswerText> answers) => Probabilities(Features(answers));

    internal double[][] Probabilities(IReadOnlyList<AnswerFeatures> features) =>
        [.. features.Select(f => f.Rows.Take(_current.Count).Select(row => Model.Probability(row)).ToArray())];

    /// <summary>The recall model in use: the one fitted with embeddings when there is an embedder.</summary>
    internal LogisticModel Model => _resources.Models.For(_resources.Embedder is not null);

    /// <summary>The answers' sentence embeddings, or null without an embedder.</summary>
    internal float[][]? Embed(IReadOnlyList<AnswerText> answers) => _resources.Embedder?.Embed(answers.Select(a => a.Text ?? string.Empty).ToList());

    /// <summary>
    /// About working conditions, colleagues, tools or the survey rather than the strategy. "Keine Ahnung, ich bin
    /// nur draußen" mentions work but says it does not know: it addresses the question, so it is diffuse.
    /// </summary>
    private static bool IsOffTopic(IReadOnlyList<string> cues) =>
        cues.Contains("#workplace") && !Glossary.Doubts(cues);

    internal int CurrentCount => _current.Count;

    /// <summary>Per answer: its language, one feature row per priority (current first, then stale), its cues and its diffuse row.</summary>
    internal List<AnswerFeatures> Features(IReadOnlyList<AnswerText> answers)
    {
        var texts = answers.Select(a => (Text: a.Text ?? string.Empty, Language: LanguageOf(a))).ToList();
        var lexical = texts.Select(t => _matcher.Evidence(_units.Of(t.Text, t.Language), t.Language)).ToList();
        var embedded = Embedded(texts);
        var result = new List<AnswerFeatures>(answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            var rows = new double[_all.Count][];
            for (var p = 0; p < _all.Count; p++)
            {
                rows[p] = RecallModels.Row(lexical[i], embedded?.Similarities[i], p, isStale: p >= _current.Count, texts[i].Language);
            }
            var tokens = TextNormalizer.Tokenize(texts[i].Text);
            var cues = Glossary.AnswerCues.ConceptsIn(tokens.Select(t => t.Key).ToList());
            result.Add(new AnswerFeatures(texts[i].Language, rows, cues, DiffuseModel.Row(tokens, cues, embedded?.Vectors[i])));
        }
        return result;
    }

    /// <summary>Matched weight per current priority: the matcher's evidence, also a feature for the supervised model.</summary>
    internal double[] Evidence(string text, string language)
    {
        var evidence = _matcher.Evidence(_units.Of(text, language), language);
        return Enumerable.Range(0, _current.Count).Select(evidence.Combined).ToArray();
    }

    internal string LanguageOf(AnswerText answer) =>
        answer.Language ?? (_language is Languages.German or Languages.English ? _language : LanguageDetector.Detect(answer.Text ?? string.Empty, _defaultLanguage, _resources.Lexicon));

    internal string Explain(string text)
    {
        var units = _units.Of(text, LanguageOf(new AnswerText(text)));
        return string.Join("; ", Enumerable.Range(0, _all.Count).Select(p => (p, e: _matcher.Explain(units, p))).Where(x => x.e.Length > 0).Select(x => _all[x.p].Id + ":" + x.e));
    }

    /// <summary>
    /// Per text, the sentence embedding of its reading and, per priority, the cosine to the priority's closest
    /// sentence in the language it is read in; null without an embedder.
    /// </summary>
    private (float[][] Vectors, double[][] Similarities)? Embedded(List<(string Text, string Language)> texts)
    {
        if (_resources.Embedder is not { } embedder) return null;
        var readings = texts.Select(Reading).ToList();
        var vectors = embedder.Embed([.. readings.Select(r => r.Text)]);
        var sentences = _prioritySentences.Value;
        return (vectors, readings.Select((r, i) => sentences.Select(s => Closeness(s, r.Language, vectors[i])).ToArray()).ToArray());
    }

    /// <summary>
    /// What the embedder reads of a text, and in which language. It reads English far better than German, so
    /// German, in answers and priority texts alike, is read as its word-by-word dictionary gloss against English
    /// sentences (leave one company out on strategy-answers: priority F1 0.889 with a German answer and its gloss
    /// averaged, 0.906 with the gloss alone); without a dictionary German is read as written.
    /// </summary>
    private (string Text, string Language) Reading((string Text, string Language) text) =>
        _resources.Lexicon?.Reading(text.Text, text.Language, _names.Value) ?? text;

    /// <summary>
    /// The cosine to the priority's closest sentence in the given language (any language when it has none),
    /// relative to how close content-free answers in that language come: MiniLM puts any two English sentences
    /// closer than two German ones, so raw cosines are not comparable across languages.
    /// </summary>
    private static double Closeness(List<(string Language, float[] Vector, double Baseline)> sentences, string language, float[] vector)
    {
        var own = sentences.Where(s => s.Language == language).ToList();
        var closest = (own.Count > 0 ? own : sentences).MaxBy(s => Dot(s.Vector, vector));
        return Dot(closest.Vector, vector) - closest.Baseline;
    }

    private List<List<(string Language, float[] Vector, double Baseline)>> EmbedPriorities()
    {
        var embedder = _resources.Embedder!;
        var pieces = _all.Select(p =>
        {
            var language = LanguageDetector.Detect(p.Text, _defaultLanguage, _resources.Lexicon);
            var list = Sentences(p.Text).Select(s => (Text: s, Language: language)).ToList();
            list.AddRange((p.Examples ?? []).Select(e => (Text: e, Language: LanguageDetector.Detect(e, _defaultLanguage, _resources.Lexicon))));
            list = list.Select(Reading).ToList();
            if (p.TextEn is { Length: > 0 } english) list.AddRange(Sentences(english).Select(s => (Text: s, Language: Languages.English)));
            return list;
        }).ToList();
        var vectors = embedder.Embed(pieces.SelectMany(p => p.Select(x => x.Text)).ToList());
        var empty = ContentFree.ToDictionary(kv => kv.Key, kv => embedder.Embed(kv.Value));
        var next = 0;
        return pieces.Select(p => p.Select(x =>
        {
            var vector = vectors[next++];
            var baseline = empty.GetValueOrDefault(x.Language, empty[Languages.German]).Average(e => Dot(e, vector));
            return (x.Language, vector, baseline);
        }).ToList()).ToList();
    }

    /// <summary>Answers that name nothing, in each language: the reference a semantic similarity is measured from.</summary>
    private static readonly Dictionary<string, string[]> ContentFree = new()
    {
        [Languages.German] = ["Keine Ahnung.", "Mehr Umsatz.", "Das weiß ich nicht.", "Fragen Sie die Geschäftsführung.", "Wir wollen besser werden."],
        [Languages.English] = ["No idea.", "More revenue.", "I don't know.", "Ask management.", "We want to get better."],
    };

    /// <summary>The whole text and each of its sentences: an answer often names one part of a priority.</summary>
    private static List<string> Sentences(string text)
    {
        var parts = text.Split(['.', ';', ':', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 3).ToList();
        if (parts.Count != 1) parts.Add(text);
        return parts;
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}

/// <summary>
/// One answer's language, its feature rows (one per priority, current then stale), the cues of
/// <c>answer-cues.txt</c> it contains and its row for the <see cref="DiffuseModel"/>.
/// </summary>
internal sealed record AnswerFeatures(string Language, double[][] Rows, IReadOnlyList<string> Cues, double[] DiffuseRow);

/// <summary>
/// What the scorer needs besides the priorities: the German–English dictionary (optional), the sentence
/// embedder (optional), the fitted models and the glossary (the default one plus an organisation's lines). <see cref="Default"/> loads each once per process.
/// </summary>
public sealed record ScorerResources(TranslationLexicon? Lexicon, ISentenceEmbedder? Embedder, RecallModels Models, Glossary Glossary)
{
    private static readonly Lazy<ScorerResources> Shared = new(() =>
        new ScorerResources(TranslationLexicon.Shared, new CachedEmbedder(SentenceEmbedders.Configured()), RecallModels.Shipped, Glossary.Default));

    public static ScorerResources Default => Shared.Value;

    /// <summary>The shared resources with an organisation's own glossary lines added to the default glossary.</summary>
    public static ScorerResources WithGlossary(string? organisationGlossary) =>
        string.IsNullOrWhiteSpace(organisationGlossary) ? Default : Default with { Glossary = Glossary.Default.With(Glossary.Parse(organisationGlossary)) };
}
