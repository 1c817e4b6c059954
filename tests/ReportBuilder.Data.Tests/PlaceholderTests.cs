namespace ReportBuilder.Data.Tests;

/// <summary>
/// The placeholders of a skeleton (<c>TODO:</c>, reportbuilder new) and the <c>#</c> comment lines of the CSV files
/// that carry them, checked with the real 'reportbuilder check' on a copy of the valid fixture.
/// </summary>
public class PlaceholderTests
{
    [Fact]
    public void Check_TodoInFindings_IsAWarningAtItsLineAndColumn_Exits1()
    {
        using var report = new ReportFolderCopy();
        report.Append("standards/1.1.md", "\nStill to write: TODO: the partnership's plans.\n");
        var (exit, output) = report.Check();
        Assert.Equal(1, exit);
        var line = report.Read("standards/1.1.md").Split('\n').Length - 1;
        Assert.Contains($"standards/1.1.md:{line}:17: warning: still a placeholder (the partnership's plans.): replace it with the report's own words or figures [RB1701]", output);
    }

    [Fact]
    public void Check_TodoInsideAWord_IsNoPlaceholder()
    {
        using var report = new ReportFolderCopy();
        report.Append("standards/1.1.md", "\nThe MYTODO: scheme is a local project.\n");
        var (exit, output) = report.Check();
        Assert.Equal(0, exit);
        Assert.DoesNotContain("RB1701", output);
    }

    [Fact]
    public void Check_CommentLineInCsv_IsNotARow_AndLaterRowsKeepTheirLineNumbers()
    {
        using var report = new ReportFolderCopy();
        var lines = report.Read("standards.csv").Split('\n').ToList();
        lines.Insert(1, "# a note for the people editing the file, with a comma, and \"quotes\"");
        lines[2] = lines[2].Replace(",Good,", ",Goood,");
        report.Write("standards.csv", string.Join('\n', lines));
        var (exit, output) = report.Check();
        Assert.Equal(2, exit);
        // The broken row is the file's third line: the comment line counts as a line but not as a row.
        Assert.Contains("standards.csv:3:", output);
        Assert.Contains("[RB0305]", output);
        Assert.DoesNotContain("RB0204", output);   // the comment's commas are not fields
    }

    [Fact]
    public void Check_CommentLineBeforeTheHeader_LeavesTheHeaderRead()
    {
        using var report = new ReportFolderCopy();
        report.Write("standards.csv", "# TODO: check every rating\n" + report.Read("standards.csv"));
        var (exit, output) = report.Check();
        Assert.Equal(1, exit);
        Assert.Contains("standards.csv:1:3: warning: still a placeholder (check every rating)", output);
        Assert.DoesNotContain("error", output);
    }
}
