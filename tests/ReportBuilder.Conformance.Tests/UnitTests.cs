using System.Text;
using ReportBuilder.Conformance.Fonts;
using ReportBuilder.Conformance.Rules;

namespace ReportBuilder.Conformance.Tests;

public class LanguageTagTests
{
    [Theory]
    [InlineData("en-GB", true)]
    [InlineData("cy", true)]
    [InlineData("cy-GB", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("x-private", true)]
    [InlineData("en_GB", false)]
    [InlineData("English", true)] // 4-8 letters is a (reserved/registered) language subtag: well-formed, if unlikely
    [InlineData("e", false)]
    [InlineData("en-", false)]
    [InlineData("en GB", false)]
    public void WellFormedness(string tag, bool wellFormed) => Assert.Equal(wellFormed, LanguageTag.IsWellFormed(tag));
}

public class ToUnicodeCMapTests
{
    [Fact]
    public void ReadsCharsRangesAndArrays()
    {
        var cmap = ToUnicodeCMap.Parse(Encoding.ASCII.GetBytes("""
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <0024> <0041> endbfchar
            2 beginbfrange <0044> <0046> <0061> <0050> <0051> [<00660069> <2019>] endbfrange
            """));
        Assert.Equal(2, cmap.CodeLength);
        Assert.True(cmap.TryGet(0x24, out var a) && a == "A");
        Assert.True(cmap.TryGet(0x46, out var c) && c == "c");
        Assert.True(cmap.TryGet(0x50, out var fi) && fi == "fi");
        Assert.True(cmap.TryGet(0x51, out var quote) && quote == "\u2019");
        Assert.False(cmap.TryGet(0x47, out _));
    }
}
