using ReportBuilder.Dialect.Features.NoBreakSpaces;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>A number is never stranded at a line's end apart from what it counts.</summary>
public class NoBreakSpaceTests
{
    [Theory]
    [InlineData("beginning 09 January 2023.", "beginning 09\u00A0January\u00A02023.")]
    [InlineData("over the last 12 months", "over the last 12\u00A0months")]
    [InlineData("one scored six out of 10 and one", "one scored six out of\u00A010 and one")]
    [InlineData("about 30 per cent of cases", "about 30\u00A0per\u00A0cent of cases")]
    [InlineData("We also conducted 42 interviews.", "We also conducted 42\u00A0interviews.")]
    public void NumbersStayWithWhatTheyCount(string text, string expected) => Assert.Equal(expected, NoBreakSpaceExtension.Apply(text));

    [Theory]
    [InlineData("In 2016 Lincolnshire YOS moved")]      // a year counts nothing
    [InlineData("1.1. Governance and leadership")]      // a section number
    [InlineData("a ratio of 9.7 and more")]             // the decimal part of a number is not a count of words
    public void OtherSpacesStayBreakable(string text) => Assert.Equal(text, NoBreakSpaceExtension.Apply(text));
}
