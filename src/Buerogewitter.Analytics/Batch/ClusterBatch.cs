using System.Globalization;
using Buerogewitter.Analytics.Text;
using Buerogewitter.Analytics.Themes;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Analytics.Batch;

/// <summary>Arguments of <c>buerogewitter cluster</c>; <paramref name="K"/> null means auto.</summary>
public sealed record ClusterRequest(string TextColumn, string? IdColumn = null, int? K = null, string Language = "auto", int Seed = 0);

/// <summary>
/// The <c>cluster</c> verb without file handling: output columns <c>id,theme,theme_label,diffuse</c>, one row per input row.
/// Progress is reported only once the input is valid, so a rejected input prints nothing but its one-line reason.
/// </summary>
public static class ClusterBatch
{
    public static readonly IReadOnlyList<string> Header = ["id", "theme", "theme_label", "diffuse"];

    public static VerbOutput Run(CsvTable input, ClusterRequest request, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Language is not ("auto" or "de" or "en")) throw new BatchInputException($"--language must be de, en or auto, not '{request.Language}'");
        if (request.K is < 1) throw new BatchInputException("--k must be a positive number or auto");
        var (ids, texts) = BatchInput.Answers(input, request.TextColumn, request.IdColumn);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"clustering {texts.Count} answers …"));
        var result = ThemeAnalyzer.Analyze(texts.Select(t => new AnswerText(t)).ToList(),
            new ThemeOptions { K = request.K, Language = request.Language, Seed = request.Seed, Lexicon = TranslationLexicon.Shared });
        var labels = result.Themes.ToDictionary(t => t.Id, t => t.Label);
        var rows = result.Answers.Select(a => (IReadOnlyList<string>)
        [
            ids[a.Index],
            a.ThemeId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            a.ThemeId is { } id ? labels[id] : string.Empty,
            a.IsDiffuse ? "1" : "0",
        ]).ToList();

        var summary = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{texts.Count} answers, {result.Themes.Count} themes{(request.K is null ? " (k chosen by silhouette)" : string.Empty)}, diffuse {result.DiffuseShare:P0}"),
        };
        foreach (var theme in result.Themes)
        {
            summary.Add(string.Create(CultureInfo.InvariantCulture, $"  theme {theme.Id}: {theme.Size} answers — {theme.Label}"));
            foreach (var r in theme.RepresentativeAnswers) summary.Add("      \"" + texts[r].ReplaceLineEndings(" ") + "\"");
        }
        return new VerbOutput(Header, rows, summary);
    }
}
