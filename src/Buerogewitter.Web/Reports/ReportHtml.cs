using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Buerogewitter.Core.Analysis;
using Buerogewitter.Core.Metrics;

namespace Buerogewitter.Web.Reports;

/// <summary>An image the report shows: where it is (a file name or a cid: for e-mail) and its alt text.</summary>
public sealed record ReportImage(string Name, string Source, string AltText);

/// <summary>
/// Writes the monthly report as one self-contained HTML document with print styles. The same HTML
/// is the e-mail body (images as cid: parts) and the standalone file (images next to it).
/// </summary>
public static class ReportHtml
{
    private const double StressThreshold = 0.15;

    /// <summary>Escapes markup but keeps umlauts and dashes as they are, so the file stays readable (and searchable) as text.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(ReportView view, string language, IReadOnlyList<ReportImage> images)
    {
        var t = ReportText.For(language);
        var data = view.Data;
        var latest = view.Latest;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(data.TimeZone);
        string Month(Data.Reports.ReportWave wave) => TimeZoneInfo.ConvertTime(wave.OpensAt, zone).ToString("MMMM yyyy", t.Culture);
        var html = new StringBuilder();
        void Line(string text) => html.AppendLine(text);
        string E(string? text) => Encoder.Encode(text ?? "");
        void Image(string name)
        {
            if (images.FirstOrDefault(i => i.Name == name) is { } image)
            {
                Line($"<figure><img src=\"{E(image.Source)}\" alt=\"{E(image.AltText)}\" width=\"800\"></figure>");
            }
        }

        Line($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(t.Title)} · {E(data.OrganisationName)} · {E(Month(latest))}</title>\n<style>{Styles}</style>\n</head>\n<body>\n<main>");
        Line($"<h1>{E(t.Title)} – {E(data.OrganisationName)}</h1>\n<p class=\"subtitle\">{E(Month(latest))}</p>");

        Line($"<section><h2>{E(t.HeadlineHeading)}</h2><ul class=\"headline\">");
        foreach (var sentence in HeadlineSentences(view, t))
        {
            Line($"<li>{E(sentence)}</li>");
        }

        Line("</ul></section>");

        Line($"<section><h2>{E(t.ThemesHeading)}</h2>");
        Image("theme-shares");
        Line($"<table><thead><tr><th>{E(t.Theme)}</th><th>{E(t.Inside)}</th><th>{E(t.Field)}</th></tr></thead><tbody>");
        foreach (var theme in data.Themes)
        {
            var inside = view.Value(latest, "inside", MetricNames.ThemeShare(theme.ThemeNo - 1));
            var field = view.Value(latest, "field", MetricNames.ThemeShare(theme.ThemeNo - 1));
            var label = ThemeName(view, t, theme);
            Line($"<tr><td>{E(theme.IsNew ? $"{label} ({t.NewTheme})" : label)}</td><td>{Percent(t, inside)}</td><td>{Percent(t, field)}</td></tr>");
            foreach (var quote in view.Quotes(theme, 3))
            {
                Line($"<tr class=\"quote\"><td colspan=\"3\"><q>{E(quote)}</q></td></tr>");
            }
        }

        Line("</tbody></table>");
        if (!view.QuotesShown)
        {
            Line($"<p class=\"note\">{E(t.Format(t.QuotesHidden, data.TextMinResponses))}</p>");
        }

        Line($"<h3>{E(t.StressesHeading)}</h3><ul>");
        var stressed = Stresses(view, t).ToList();
        foreach (var sentence in stressed)
        {
            Line($"<li>{E(sentence)}</li>");
        }

        if (stressed.Count == 0)
        {
            Line($"<li>{E(t.NothingStressed)}</li>");
        }

        Line("</ul></section>");

        Line($"<section><h2>{E(t.RecallHeading)}</h2>");
        Image("priority-recall");
        Line($"<table><thead><tr><th>{E(t.Priority)}</th><th>{E(t.Inside)}</th><th>{E(t.Field)}</th></tr></thead><tbody>");
        foreach (var priority in data.Priorities)
        {
            Line($"<tr><td>{E(priority.German)}</td><td>{Percent(t, view.Value(latest, "inside", MetricNames.Priority(priority.Id)))}</td><td>{Percent(t, view.Value(latest, "field", MetricNames.Priority(priority.Id)))}</td></tr>");
        }

        Line($"<tr><td><em>{E(t.NamesNone)}</em></td><td>{Percent(t, view.Value(latest, "inside", MetricNames.RecallNone))}</td><td>{Percent(t, view.Value(latest, "field", MetricNames.RecallNone))}</td></tr>");
        Line("</tbody></table></section>");

        Line($"<section><h2>{E(t.GapHeading)}</h2>");
        Image("perception-gap");
        Line($"<table><thead><tr><th>{E(t.Item)}</th><th>{E(t.Inside)}</th><th>{E(t.Field)}</th><th>{E(t.Gap)}</th></tr></thead><tbody>");
        foreach (var item in data.Items)
        {
            var gap = view.BothSides(latest, MetricNames.PerceptionGap(item.Id));
            var gapText = gap is null ? t.Hidden : t.Format("{0:+0.0;−0.0;0.0} [{1:0.0}; {2:0.0}]", gap.Value, gap.Lower, gap.Upper)
                + (gap.Lower <= 0 && gap.Upper >= 0 ? $" – {t.Noise}" : "");
            Line($"<tr><td>{E(language == "en" ? item.English : item.German)}</td><td>{Mean(t, view.Value(latest, "inside", MetricNames.ItemMean(item.Id)))}</td><td>{Mean(t, view.Value(latest, "field", MetricNames.ItemMean(item.Id)))}</td><td>{E(gapText)}</td></tr>");
        }

        Line("</tbody></table></section>");

        Line($"<section><h2>{E(t.ResponsesHeading)}</h2>");
        Image("clarity-trend");
        Image("divergence-trend");
        Image("response-rates");
        Line($"<table><thead><tr><th>{E(t.Month)}</th><th>{E(t.Inside)}</th><th>{E(t.Field)}</th></tr></thead><tbody>");
        foreach (var wave in view.Waves)
        {
            Line($"<tr><td>{E(Month(wave))}</td><td>{Percent(t, view.Value(wave, "inside", MetricNames.ResponseRate))}</td><td>{Percent(t, view.Value(wave, "field", MetricNames.ResponseRate))}</td></tr>");
        }

        Line("</tbody></table></section>");

        Line($"<section><h2>{E(t.HowToReadHeading)}</h2><ul>");
        foreach (var point in t.HowToRead)
        {
            Line($"<li>{E(point)}</li>");
        }

        Line("</ul></section>");
        Line($"<footer><h2>{E(t.FootnoteHeading)}</h2><p>{E(ClarityIndex.FormulaText(language))}</p><p>{E(t.DivergenceFormula)}</p><p>{E(t.CollaborationFormula)}</p>");
        Line($"<p>{E(t.Format(t.AnonymityFootnoteFormat, data.ScoreMinResponses, data.TextMinResponses))}</p></footer>");
        Line("</main>\n</body>\n</html>");
        return html.ToString();
    }

    /// <summary>The report as one file, charts inline as data: URIs — for downloads and the dashboard.</summary>
    public static string Standalone(ReportView view, string language) => Render(view, language, ReportCharting.Render(view, language)
        .Select(chart => new ReportImage(chart.Name, $"data:image/png;base64,{Convert.ToBase64String(chart.Png)}", chart.AltText))
        .ToList());

    /// <summary>The report's headline as plain text, for the text part of the e-mail.</summary>
    public static string Headline(ReportView view, string language)
    {
        var t = ReportText.For(language);
        return string.Join("\n", [$"{t.Title} – {view.Data.OrganisationName}", "", .. HeadlineSentences(view, t).Select(s => $"• {s}")]) + "\n";
    }

    private static IEnumerable<string> HeadlineSentences(ReportView view, ReportText t)
    {
        var data = view.Data;
        var latest = view.Latest;
        foreach (var side in new[] { "inside", "field" })
        {
            var clarity = view.Value(latest, side, MetricNames.ClarityIndex);
            yield return clarity is null
                ? t.Format(t.ClarityHidden, t.SideName(side), data.ScoreMinResponses)
                : t.Format(t.ClarityFormat, t.SideName(side), clarity.Value, clarity.Lower, clarity.Upper) + " "
                  + Change(t, clarity, view.Previous is { } p ? view.Value(p, side, MetricNames.ClarityIndex) : null, "0");
            if (view.Value(latest, side, MetricNames.SelfClarity) is { } self && view.Value(latest, side, MetricNames.RecallMean) is { } recall)
            {
                yield return t.Format(t.ConfidenceFormat, t.SideName(side), self.Value, recall.Value);
            }
        }

        var divergence = view.BothSides(latest, MetricNames.Divergence);
        yield return divergence is null
            ? t.Format(t.DivergenceHidden, data.TextMinResponses)
            : t.Format(t.DivergenceFormat, divergence.Value, divergence.Lower, divergence.Upper) + " "
              + Change(t, divergence, view.Previous is { } pw ? view.BothSides(pw, MetricNames.Divergence) : null, "0.00");
    }

    private static string Change(ReportText t, MetricValue current, MetricValue? previous, string number)
    {
        if (previous is null || current.Lower is null || previous.Lower is null)
        {
            return previous is null ? t.NoPrevious : "";
        }

        // Overlapping intervals: the report does not call noise a change.
        var overlap = current.Lower <= previous.Upper && previous.Lower <= current.Upper;
        var direction = overlap ? t.Noise : current.Value > previous.Value ? t.ChangeUp : t.ChangeDown;
        return t.Format($"({{0}}: {{1:{number}}} → {{2:{number}}})", direction, previous.Value, current.Value);
    }

    private static IEnumerable<string> Stresses(ReportView view, ReportText t)
    {
        foreach (var theme in view.Data.Themes)
        {
            var inside = view.Value(view.Latest, "inside", MetricNames.ThemeShare(theme.ThemeNo - 1));
            var field = view.Value(view.Latest, "field", MetricNames.ThemeShare(theme.ThemeNo - 1));
            if (inside is null || field is null)
            {
                continue;
            }

            if (inside.Value - field.Value >= StressThreshold)
            {
                yield return t.Format(t.StressesFormat, t.Inside, ThemeName(view, t, theme), inside.Value, field.Value);
            }
            else if (field.Value - inside.Value >= StressThreshold)
            {
                yield return t.Format(t.StressesFormat, t.Field, ThemeName(view, t, theme), field.Value, inside.Value);
            }
        }
    }

    /// <summary>The theme's masked label, or its number where the gate holds the label back.</summary>
    public static string ThemeName(ReportView view, ReportText t, Data.Reports.ReportTheme theme) =>
        view.Label(theme, t.Culture.TwoLetterISOLanguageName == "en") ?? t.Format(t.UnlabelledThemeFormat, theme.ThemeNo);

    private static string Percent(ReportText t, MetricValue? value) =>
        value is null ? $"<span class=\"hidden\">{Encoder.Encode(t.Hidden)}</span>" : t.Format("{0:P0}", value.Value);

    private static string Mean(ReportText t, MetricValue? value) =>
        value is null ? $"<span class=\"hidden\">{Encoder.Encode(t.Hidden)}</span>" : t.Format("{0:0.0}", value.Value);

    private const string Styles = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2330; line-height: 1.5; margin: 0; background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0; } .subtitle { color: #545c6b; margin-top: 0.2rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d5d9e0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
        th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #d5d9e0; vertical-align: top; overflow-wrap: break-word; }
        tr.quote td { color: #545c6b; font-style: italic; border-bottom: 0; padding-left: 1.5rem; }
        .hidden, .note { color: #767676; } figure { margin: 1rem 0; } img { max-width: 100%; height: auto; }
        footer { margin-top: 2rem; font-size: 0.85rem; color: #545c6b; }
        @media print { main { max-width: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
        """;
}
