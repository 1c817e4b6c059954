using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBuilder.Html.Tests;

/// <summary>The style sheet's colours meet WCAG AA (4.5:1 for text) and it carries the print rules.</summary>
public partial class StyleSheetTests
{
    private static readonly string Css = System.Text.Encoding.UTF8.GetString(
        SampleEditionTests.SampleFiles().Single(f => f.Path == "report.css").Bytes);

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    internal static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void Contrast_MatchesTheKnownValue() => Assert.Equal(21, Contrast("#000000", "#ffffff"), 3);

    [Fact]
    public void RatingColours_MeetAA()
    {
        var rules = RatingRule().Matches(Css).ToList();
        Assert.Equal(4, rules.Count);
        Assert.All(rules, rule => Assert.True(Contrast(rule.Groups["fg"].Value, rule.Groups["bg"].Value) >= 4.5, rule.Value));
    }

    [Theory]
    [InlineData("--text", "#ffffff")]
    [InlineData("--secondary", "#ffffff")]
    [InlineData("--link", "#ffffff")]
    [InlineData("--link-visited", "#ffffff")]
    [InlineData("--link", "#f3f2f1")]
    public void TextColours_MeetAAOnTheirBackgrounds(string variable, string background)
    {
        var colour = Regex.Match(Css, Regex.Escape(variable) + ": (#[0-9a-f]{6});").Groups[1].Value;
        Assert.True(Contrast(colour, background) >= 4.5, $"{variable} {colour} on {background}");
    }

    [Fact]
    public void PrintRules_SetA4PagesAndChapterBreaks()
    {
        Assert.Contains("@page { size: A4;", Css);
        Assert.Contains("@media print", Css);
        Assert.Contains(".chapter { break-before: page; page-break-before: always;", Css);
        Assert.Contains("break-inside: avoid", Css);
    }

    [GeneratedRegex("\\.rating--[a-z-]+ \\{ color: (?<fg>#[0-9a-f]{6}); background: (?<bg>#[0-9a-f]{6}); \\}")]
    private static partial Regex RatingRule();
}
