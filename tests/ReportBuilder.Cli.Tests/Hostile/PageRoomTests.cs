namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Issue #14, fault 9: what no page can hold is said at the data file's line and column, by <c>check</c> as by
/// <c>build</c>. Before: quotes nested 30 deep failed in layout "at report.sbn:1:1" (the engine knows no file), and a
/// 900 KB heading took 1.9 GB and ran past <c>--limit time=…</c> while PDFsharp saved its thousands of pages.
/// </summary>
public sealed class PageRoomTests : IDisposable
{
    private readonly HostileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void QuotesNested30Deep_AreReportedAtTheDataFile(string command)
    {
        _folder.AppendParagraph("text/foreword.md", string.Concat(Enumerable.Repeat("> ", 30)) + "Quoted too deeply.");

        var (code, output) = Run(command);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches($@"text/foreword\.md:{_folder.Line}:\d+: error: a quotation nested more than 20 deep.*\[RB1403\]", output);
        Assert.DoesNotContain("report.sbn", output);
        Assert.False(File.Exists(_folder.Pdf));
    }

    [Fact]
    public void QuotesNested20Deep_StillBuild()
    {
        _folder.AppendParagraph("text/foreword.md", string.Concat(Enumerable.Repeat("> ", 20)) + "Quoted deeply, but it fits.");

        var (code, output) = Run("build");

        Assert.True(code <= ExitCodes.Warnings, output);
        Assert.True(File.Exists(_folder.Pdf), output);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A900KbHeading_IsRefusedAtItsLine(string command)
    {
        var words = string.Join(' ', Enumerable.Range(0, 110_000).Select(i => "heading" + (i % 10)));
        _folder.AppendParagraph("text/foreword.md", "# " + words[..900_000]);

        var (code, output) = Run(command, "--limit", "time=20s");

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches($@"text/foreword\.md:{_folder.Line}:1: error: a heading of (899,999|900,000) characters; a heading holds at most 500.*\[RB1404\]", output);
        Assert.DoesNotContain("RB1104", output);
        Assert.False(File.Exists(_folder.Pdf));
    }

    [Fact]
    public void AHeadingOf500Characters_StillBuilds()
    {
        _folder.AppendParagraph("text/foreword.md", "## " + string.Join(' ', Enumerable.Repeat("longword", 56)).PadRight(500, 'x')[..500]);

        var (code, output) = Run("build");

        Assert.True(code <= ExitCodes.Warnings, output);
        Assert.DoesNotContain("RB1404", output);
    }

    private (int Code, string Output) Run(string command, params string[] more)
    {
        string[] args = command == "check"
            ? ["check", _folder.Report, "--templates", _folder.Templates, .. more]
            : ["build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates, .. more];
        var output = new StringWriter();
        var code = Program.Run(args, output, output);
        return (code, output.ToString());
    }
}
