using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Text;
using Xunit;

namespace ReportBuilder.Layout.Tests.Text;

public class TextStyleTests
{
    private static readonly TextStyle Parent = new() { FontFamily = "Liberation Serif", FontSize = 9, Bold = true, Color = Color.Black, Language = "cy" };

    [Fact]
    public void AStyleThatSetsNothing_IsItsParent()
    {
        Assert.True(TextStyle.Unset.IsUnset);
        Assert.Same(Parent, TextStyle.Unset.InheritFrom(Parent));
        Assert.Same(Parent, new TextStyle().InheritFrom(Parent));
    }

    [Fact]
    public void AStyleThatSetsOneThing_KeepsIt_AndTakesTheRestFromItsParent()
    {
        var italic = new TextStyle { Italic = true };
        Assert.False(italic.IsUnset);
        var resolved = italic.InheritFrom(Parent);
        Assert.NotSame(Parent, resolved);
        Assert.Equal(Parent with { Italic = true }, resolved);
        Assert.Null(italic.FontFamily); // the child itself is unchanged
    }

    [Fact]
    public void EveryPropertyCountsAsSet()
    {
        TextStyle[] one =
        [
            new() { FontFamily = "x" }, new() { FontSize = 1 }, new() { Bold = false }, new() { Italic = false }, new() { Color = Color.Black },
            new() { Underline = false }, new() { Superscript = false }, new() { LineHeight = 1 }, new() { Language = "en" }, new() { Kerning = false },
        ];
        Assert.All(one, style => Assert.False(style.IsUnset));
        Assert.All(one, style => Assert.NotSame(Parent, style.InheritFrom(Parent)));
    }
}
