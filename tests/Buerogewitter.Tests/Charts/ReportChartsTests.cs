using System.Globalization;
using System.Xml.Linq;
using Buerogewitter.Analytics.Charts;
using Buerogewitter.Core.Metrics;
using SkiaSharp;

namespace Buerogewitter.Tests.Charts;

public class ReportChartsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string, string> NamesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ChartSamples.Names)
        {
            data.Add(name, "de");
            data.Add(name, "en");
        }

        return data;
    }

    public static TheoryData<string> Names() => [.. ChartSamples.Names];

    [Theory]
    [MemberData(nameof(NamesAndLanguages))]
    public void Each_chart_renders_a_non_blank_png_of_the_requested_size(string name, string language)
    {
        var chart = ChartSamples.Render(name, new ChartOptions(language));
        ChartFiles.Write(chart, language);

        Assert.Equal(name, chart.Name);
        Assert.Equal(PngSignature, chart.Png.Take(PngSignature.Length));
        using var bitmap = SKBitmap.Decode(chart.Png);
        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
        // Text, axes and two side colours with antialiasing give hundreds of colours; a blank or text-less chart a handful.
        Assert.True(bitmap.Pixels.Distinct().Count() > 100, "the chart looks blank");
        Assert.True(bitmap.Pixels.Count(p => p != SKColors.White) > 800 * 450 / 50, "too few drawn pixels");
    }

    [Theory]
    [MemberData(nameof(NamesAndLanguages))]
    public void Each_chart_draws_its_title_and_labels_as_text_in_the_svg(string name, string language)
    {
        var chart = ChartSamples.Render(name, new ChartOptions(language));
        var text = SvgText(chart.Svg);

        var label = name switch
        {
            "theme-shares" => "Marge · Preis · Rabatte",
            "priority-recall" => language == "de" ? "nennt keine" : "names none",
            "perception-gap" => "Wir verfolgen dieselben Ziele.",
            "before-after" => "Klarheitsindex Innendienst",
            _ => "2025-08",
        };
        Assert.Contains(Title(chart.Svg), text, StringComparison.Ordinal);
        Assert.Contains(label, text, StringComparison.Ordinal);
        // Set explicitly; otherwise ScottPlot picks whatever font it finds, or none.
        Assert.All(TextElements(chart.Svg), e => Assert.Equal("DejaVu Sans", e.Attribute("font-family")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(chart.AltText));
        Assert.EndsWith(".", chart.AltText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void German_and_English_charts_differ_in_title_and_alt_text(string name)
    {
        var german = ChartSamples.Render(name, new ChartOptions("de"));
        var english = ChartSamples.Render(name, new ChartOptions("en"));

        Assert.NotEqual(Title(german.Svg), Title(english.Svg));
        Assert.True(Title(german.Svg).Length > 10, Title(german.Svg));
        Assert.NotEqual(german.AltText, english.AltText);
    }

    [Fact]
    public void Divergence_in_the_title_uses_the_culture_decimal_separator()
    {
        var german = ChartSamples.Render("theme-shares", new ChartOptions("de"));
        var english = ChartSamples.Render("theme-shares", new ChartOptions("en"));

        Assert.Contains("Abweichung (JSD) 0,18 [0,09–0,27]", SvgText(german.Svg), StringComparison.Ordinal);
        Assert.Contains("Divergence (JSD) 0.18 [0.09–0.27]", SvgText(english.Svg), StringComparison.Ordinal);
        Assert.Contains("0,18", german.AltText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NamesAndLanguages))]
    public void Suppressed_values_are_announced_by_a_note_on_the_chart(string name, string language)
    {
        var chart = ChartSamples.Render(name, new ChartOptions(language), suppressed: true);
        ChartFiles.Write(chart, $"{language}-hidden");

        var note = language == "de" ? "ausgeblendet: weniger als 5 Antworten" : "hidden: fewer than 5 responses";
        Assert.Contains(note, SvgText(chart.Svg), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Complete_data_carries_no_suppression_note(string name)
    {
        var chart = ChartSamples.Render(name, new ChartOptions("de"));

        Assert.DoesNotContain("ausgeblendet", SvgText(chart.Svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_statements_are_wrapped_and_end_with_an_ellipsis()
    {
        var text = SvgText(ChartSamples.Render("perception-gap", new ChartOptions("de")).Svg);

        Assert.Contains("Übergaben zwischen Innen- und", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahmenverträgen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue17_the_perception_gap_legend_names_only_the_sides_that_have_bars_and_spells_aussendienst_with_eszett()
    {
        LikertGap[] insideAgreesMore = [new("Wir verfolgen dieselben Ziele.", new Interval(0.4, 0.1, 0.7)), new("Absprachen werden eingehalten.", new Interval(0.2, -0.1, 0.5))];

        var chart = ReportCharts.PerceptionGap(insideAgreesMore, 5, new ChartOptions("de"));

        var texts = TextElements(chart.Svg).Select(e => e.Value.Trim()).ToList();
        Assert.Contains("Innendienst", texts);
        Assert.DoesNotContain("Außendienst", texts);
        Assert.Contains("Außendienst", SvgText(chart.Svg), StringComparison.Ordinal);
        Assert.DoesNotContain("Aussendienst", SvgText(chart.Svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_size_sets_the_image_size()
    {
        var chart = ChartSamples.Render("before-after", new ChartOptions("en", 1200, 600));

        using var bitmap = SKBitmap.Decode(chart.Png);
        Assert.Equal((1200, 600), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Issue18_charts_draw_with_the_dejavu_font_embedded_in_the_assembly_in_both_weights()
    {
        ChartSamples.Render("theme-shares", new ChartOptions("de"));

        foreach (var (bold, resource) in new[] { (false, ChartFonts.RegularResource), (true, ChartFonts.BoldResource) })
        {
            var typeface = ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold, italic: false);
            using var stream = typeface.OpenStream();
            var data = new byte[stream.Length];
            Assert.Equal(data.Length, stream.Read(data, data.Length));
            Assert.Equal(ChartFonts.Read(resource), data);
            Assert.True(typeface.ContainsGlyphs("Klarheitsindex Außendienst: −0,5 [0,1–0,9] Übergänge"), resource);
        }
    }

    [Fact]
    public void An_unknown_language_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ChartSamples.Render("theme-shares", new ChartOptions("fr")));
    }

    private static List<XElement> TextElements(string svg) =>
        [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text")];

    private static string SvgText(string svg) => string.Join(" ", TextElements(svg).Select(e => e.Value));

    // The title is the largest text on the chart.
    private static string Title(string svg) =>
        TextElements(svg).MaxBy(e => double.Parse(e.Attribute("font-size")!.Value, CultureInfo.InvariantCulture))!.Value;
}
