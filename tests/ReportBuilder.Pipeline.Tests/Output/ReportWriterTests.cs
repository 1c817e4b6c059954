using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Output;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Output;

namespace ReportBuilder.Pipeline.Tests.Output;

public sealed class ReportWriterTests : IDisposable
{
    private readonly TempFolder _temp = new("rb-writer");

    public void Dispose() => _temp.Dispose();

    private static ReportBuildResult Built(int pages = 2) =>
        new(Encoding.ASCII.GetBytes("%PDF-1.7 x"), pages, [], [.. Enumerable.Range(1, pages).Select(i => new[] { (byte)i })])
        {
            Markdown = "# Title\n",
            Html = [("index.html", Encoding.UTF8.GetBytes("<html></html>"))],
        };

    [Fact]
    public void Write_WritesEveryOutputNamed_AndLeavesNoTemporaryFile()
    {
        var outputs = new ReportOutputs(_temp.Combine("r.pdf"), _temp.Combine("png"), _temp.Combine("r.md"), _temp.Combine("html"));

        Assert.Null(ReportWriter.Write(Built(), outputs));

        Assert.Equal("%PDF-1.7 x", File.ReadAllText(outputs.PdfFile!));
        Assert.Equal("# Title\n", File.ReadAllText(outputs.MarkdownFile!));
        Assert.True(File.Exists(Path.Combine(outputs.PngFolder!, "page-002.png")));
        Assert.Equal("<html></html>", File.ReadAllText(Path.Combine(outputs.HtmlFolder!, "index.html")));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*" + AtomicFile.TemporaryExtension, SearchOption.AllDirectories));
    }

    [Fact]
    public void Write_WritesOnlyWhatIsNamed()
    {
        Assert.Null(ReportWriter.Write(Built(), new ReportOutputs(PdfFile: _temp.Combine("only.pdf"))));

        Assert.Equal(["only.pdf"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_ToAPathUnderAFile_FailsWithRB1303NamingThePath_WithoutThrowing()
    {
        File.WriteAllText(_temp.Combine("blocker"), "a file, not a folder");
        var png = _temp.Combine("blocker", "png");

        var failure = ReportWriter.Write(Built(), new ReportOutputs(_temp.Combine("r.pdf"), png));

        Assert.NotNull(failure);
        Assert.Equal(DiagnosticCodes.OutputFailed, failure.Code);
        Assert.Equal(png, failure.Path);
        Assert.StartsWith($"{png}: error {DiagnosticCodes.OutputFailed}: cannot write the output", failure.ToString());
        Assert.True(File.Exists(_temp.Combine("r.pdf"))); // what came before the failure stands
    }

    [Fact]
    public void Write_TheHtmlEditionOverAFolderItDidNotWrite_IsRefusedWithRB1301_AndTheFolderKeepsItsFiles()
    {
        var folder = _temp.Combine("mine");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "keep me");

        var failure = ReportWriter.Write(Built(), new ReportOutputs(HtmlFolder: folder));

        Assert.Equal(DiagnosticCodes.OutputRefused, failure?.Code);
        Assert.Equal(["notes.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
