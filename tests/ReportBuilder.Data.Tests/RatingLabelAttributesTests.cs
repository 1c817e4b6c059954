namespace ReportBuilder.Data.Tests;

/// <summary>
/// A rating label's classes (<c>::Good::{.rating .rating-good}</c>) are the dialect's syntax, printed by both editions as
/// the label: they are not attributes removed, and only what else the braces carry is warned about.
/// </summary>
public class RatingLabelAttributesTests
{
    [Fact]
    public void A_rating_label_in_a_narrative_is_not_warned_about()
    {
        using var report = new ReportFolderCopy();
        report.Replace("text/foreword.md", "It is signed", "It is rated ::Good::{.rating .rating-good} and signed");

        var (exit, output) = report.Check();

        Assert.DoesNotContain("RB1402", output);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void What_else_a_rating_labels_braces_carry_is_warned_about_alone()
    {
        using var report = new ReportFolderCopy();
        report.Replace("text/foreword.md", "It is signed", "It is rated ::Good::{.rating .rating-good .loud key=value} and signed");

        var (exit, output) = report.Check();

        Assert.Contains("warning: the attributes {.loud key=value} are removed from both editions", output);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "RB1402"));
        Assert.Equal(1, exit);
    }
}
