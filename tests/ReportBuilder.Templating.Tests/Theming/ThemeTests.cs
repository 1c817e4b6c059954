using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Templating.Tests.Support;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Tests.Theming;

public class ThemeTests
{
    public static TheoryData<string> ThemeFiles() => new(Directory.GetFiles(Repository.Templates, "theme.yaml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repository.Templates, f)).Order(StringComparer.Ordinal));

    private static Theme Load(string relative, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var path = Path.Combine(Repository.Templates, relative);
        return ThemeLoader.Load(File.ReadAllText(path), path, diagnostics);
    }

    [Theory]
    [MemberData(nameof(ThemeFiles))]
    public void ShippedTheme_LoadsWithoutDiagnostics(string file)
    {
        Load(file, out var diagnostics);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(ThemeFiles))]
    public void ShippedTheme_KeepsTextContrastAtLeast4_5To1(string file)
    {
        var t = Load(file, out _);
        var pairs = new List<(string What, Color Text, Color Background)>
        {
            ("body text", t.Text.Colour, Color.White),
            ("links", t.Text.LinkColour, Color.White),
            ("running header", t.Page.HeaderColour, Color.White),
            ("cover", t.Cover.Colour, t.Cover.Background),
            ("table header", t.Tables.HeaderColour, t.Tables.HeaderBackground),
            ("domain rows", t.Text.Colour, t.Tables.GroupBackground),
            ("quotations", t.Quotes.Colour, t.Tables.GroupBackground),
            ("statement in rating box", t.Text.Colour, t.RatingBox.Background),
            ("chart labels", t.Chart.AxisColour, Color.White),
        };
        for (var level = 1; level <= 4; level++) pairs.Add(($"heading {level}", t.Heading(level).Colour, Color.White));
        foreach (var rating in RatingNames.All)
        {
            pairs.Add(($"{rating} on the page", t.Rating(rating).Colour, Color.White));
            pairs.Add(($"{rating} in the rating box", t.Rating(rating).Colour, t.RatingBox.Background));
        }
        var failing = pairs.Select(p => (p.What, Ratio: Contrast.Ratio(p.Text, p.Background))).Where(p => p.Ratio < Contrast.MinimumForText).ToList();
        Assert.True(failing.Count == 0, string.Join("\n", failing.Select(f => $"{f.What}: {f.Ratio:0.00}:1")));
    }

    [Fact]
    public void Contrast_MatchesKnownValues()
    {
        Assert.Equal(21.0, Contrast.Ratio(Color.Black, Color.White), 2);
        Assert.Equal(1.0, Contrast.Ratio(Color.White, Color.White), 2);
        Assert.Equal(4.54, Contrast.Ratio(Color.Parse("#767676"), Color.White), 2);   // the classic just-passing grey
    }

    [Theory]
    [MemberData(nameof(ThemeFiles))]
    public void ShippedTheme_GivesEveryRatingADistinctSymbol(string file)
    {
        var t = Load(file, out _);
        Assert.Equal(4, RatingNames.All.Select(r => t.Rating(r).Symbol).Distinct().Count());
    }

    [Fact]
    public void UnknownKey_IsAWarning_WithASuggestion_AndItsLine()
    {
        var diagnostics = new DiagnosticBag();
        ThemeLoader.Load("text:\n  size: 11\n  colur: \"#000000\"\n", "theme.yaml", diagnostics);
        var warning = Assert.Single(diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(("theme.yaml", 3, 3), (warning.Span.File, warning.Span.Line, warning.Span.Column));
        Assert.Contains("did you mean 'colour'", warning.Message);
    }

    [Fact]
    public void ListAsAKey_IsAnError_AtItsPosition_NotACrash()
    {
        var diagnostics = new DiagnosticBag();
        ThemeLoader.Load("text:\n  [size]: 11\n", "theme.yaml", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(("theme.yaml", 2, 3), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("plain name", error.Message);
    }

    [Fact]
    public void BadColour_IsAnError_AtItsValue()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load("ratings:\n  good: { colour: \"green\" }\n", "theme.yaml", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("#RRGGBB", error.Message);
        Assert.Equal(RatingStyle.Defaults[Rating.Good].Colour, theme.Rating(Rating.Good).Colour);
    }

    [Fact]
    public void Values_OverrideDefaults_AndTheRestIsKept()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load("headings:\n  h2: { size: 17 }\nratings:\n  outstanding: { label: Excellent }\n", "theme.yaml", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(17, theme.Heading(2).Size);
        Assert.Equal(new Theme().Heading(2).SpaceBefore, theme.Heading(2).SpaceBefore);
        Assert.Equal("Excellent", theme.Rating(Rating.Outstanding).Label);
        Assert.Equal("★", theme.Rating(Rating.Outstanding).Symbol);
    }

    [Theory]
    [InlineData("requires-improvement")]   // the one rating key, as templates and the Markdown write it
    [InlineData("requires_improvement")]   // the spelling theme files used first, still read
    public void RatingsRequiresImprovement_IsReadInEitherSpelling(string key)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load($"ratings:\n  {key}: {{ label: Needs work, colour: \"#123456\" }}\n", "theme.yaml", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("Needs work", theme.Rating(Rating.RequiresImprovement).Label);
        Assert.Equal(RatingStyle.Defaults[Rating.Good].Label, theme.Rating(Rating.Good).Label);
    }
}
