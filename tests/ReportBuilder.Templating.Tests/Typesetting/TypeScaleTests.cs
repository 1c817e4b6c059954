using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Templating.Tests.Support;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Tests.Typesetting;

/// <summary>The type scale (issue #19): at most five sizes for body, headings, tables, notes and running heads.</summary>
public class TypeScaleTests
{
    public static TheoryData<string> ShippedThemes() => new(Directory.GetFiles(Repository.Templates, "theme.yaml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repository.Templates, f)).Order(StringComparer.Ordinal));

    /// <summary>Every text size a theme sets, by what it sets; the cover's title is display type, outside the scale.</summary>
    private static IEnumerable<(string What, double Size)> Sizes(Theme t)
    {
        yield return ("page.header_size", t.Page.HeaderSize);
        yield return ("text.size", t.Text.Size);
        yield return ("text.small_size", t.Text.SmallSize);
        for (var level = 1; level <= t.Headings.Count; level++) yield return ($"headings.h{level}", t.Heading(level).Size);
        yield return ("tables.size", t.Tables.Size);
        yield return ("rating_box.rating_size", t.RatingBox.RatingSize);
        yield return ("chart.label_size", t.Chart.LabelSize);
        yield return ("footnotes.size", t.Footnotes.Size);
        if (t.Footnotes.MarkSize is { } mark) yield return ("footnotes.mark_size", mark);
        yield return ("cover.lead_size", t.Cover.LeadSize);
        yield return ("cover.byline_size", t.Cover.BylineSize);
    }

    private static Theme Load(string relative)
    {
        var path = Path.Combine(Repository.Templates, relative);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(File.ReadAllText(path), path, diagnostics);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        return theme;
    }

    [Theory]
    [MemberData(nameof(ShippedThemes))]
    public void ShippedTheme_SetsAtMostFiveSizes(string file)
    {
        var sizes = Sizes(Load(file)).ToList();
        var distinct = sizes.Select(s => s.Size).Distinct().Order().ToList();
        Assert.True(distinct.Count <= 5, $"{file}: {distinct.Count} sizes: " + string.Join(", ", sizes.Select(s => $"{s.What} {s.Size}")));
    }

    [Fact]
    public void CodeDefaults_SetAtMostFiveSizes()
    {
        // A theme.yaml that leaves a size out gets the default, which must belong to the same scale.
        var distinct = Sizes(new Theme()).Select(s => s.Size).Distinct().ToList();
        Assert.True(distinct.Count <= 5, string.Join(", ", distinct.Order()));
    }

    [Theory]
    [MemberData(nameof(ShippedThemes))]
    public void FootnoteNumbers_AreAtLeastSevenPoints(string file)
    {
        var footnotes = Load(file).Footnotes;
        Assert.NotNull(footnotes.MarkSize);
        Assert.True(footnotes.MarkSize >= 7, $"{file}: footnote numbers at {footnotes.MarkSize} pt");
    }

    [Theory]
    [InlineData("lincolnshire-2023")]
    [InlineData("example-2019-requires-improvement")]
    public void LaidOutReport_SetsOnlyTheThemesScale_AfterTheCover(string report)
    {
        // What the code sets (contents, inside cover, chart, tables, footnote numbers) must keep to the scale too.
        var (_, rendered, canvas) = LaidOutReports.Get(report);
        var scale = Sizes(rendered.Templates.Theme).Select(s => s.Size).ToHashSet();
        var used = canvas.Texts.Where(t => t.PageIndex > 0).GroupBy(t => Math.Round(t.FontSize, 2))
            .ToDictionary(g => g.Key, g => g.First());
        Assert.True(used.Count <= 5, $"{used.Count} sizes: " + string.Join(", ", used.Select(u => $"{u.Key} (\"{u.Value.Text}\" p. {u.Value.PageIndex + 1})")));
        Assert.All(used, u => Assert.True(scale.Contains(u.Key), $"{u.Key} pt (\"{u.Value.Text}\" on page {u.Value.PageIndex + 1}) is not in the theme's scale"));
    }
}
