using ReportBuilder.Cli.Diffing;

namespace ReportBuilder.Cli.Tests.Diffing;

public class WordDiffTests
{
    [Fact]
    public void Mark_GroupsARunOfChangedWords()
    {
        var words = WordDiff.Compare("the board meets every month and reports", "the board meets each quarter and reports");

        Assert.Equal("the board meets [-every month-] {+each quarter+} and reports", WordDiff.Mark(words));
    }

    [Fact]
    public void Compare_KeepsTheLongestCommonRun_WhenWordsMoveWithinAParagraph()
    {
        var words = WordDiff.Compare("a b c d e", "a c d b e");

        Assert.Equal(["a", "c", "d", "e"], words.Where(w => w.State == DiffWordState.Same).Select(w => w.Text));
        Assert.Equal("b", Assert.Single(words, w => w.State == DiffWordState.Removed).Text);
        Assert.Equal("b", Assert.Single(words, w => w.State == DiffWordState.Added).Text);
    }

    [Fact]
    public void Compare_PastTheTableLimit_ShowsTheMiddleRemovedThenAdded_InsteadOfFillingATable()
    {
        // 3,000 × 3,000 words is 9 million cells, over the limit of 4 million; a third of the words are common, and unmarked without the limit.
        var before = "start " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => "old" + i)) + " end";
        var after = "start " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => (i % 3 == 1 ? "old" : "new") + i)) + " end";

        var words = WordDiff.Compare(before, after);

        Assert.Equal(DiffWordState.Same, words[0].State);
        Assert.Equal(DiffWordState.Same, words[^1].State);
        Assert.Equal(3000, words.Count(w => w.State == DiffWordState.Removed));
        Assert.Equal(3000, words.Count(w => w.State == DiffWordState.Added));
        Assert.True(words.Skip(1).Take(3000).All(w => w.State == DiffWordState.Removed));
    }
}
