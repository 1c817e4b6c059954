using ReportBuilder.Core.Diagnostics;
using Markdig.Renderers;
using ReportBuilder.Html.Markdown;
using ReportBuilder.Html.Markdown.Renderers.RatingBox;

namespace ReportBuilder.Html.Tests;

/// <summary><c>reportbuilder build --format html</c>, run in-process.</summary>
public class BuildCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("html-build-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void BuildHtml_WritesTheEditionFolder()
    {
        var target = Path.Combine(_root, "lincolnshire");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Program.Run(["build", Repository.Path("data", "lincolnshire-2023"), "--format", "html", "-o", target,
            "--templates", Repository.Path("templates")], output, error);
        Assert.True(code == 0, error.ToString());
        Assert.Contains("HTML edition written", output.ToString());
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.True(File.Exists(Path.Combine(target, "report.css")));
        Assert.True(File.Exists(Path.Combine(target, "fonts", "LiberationSans-Regular.ttf")));
    }

    [Fact]
    public void BuildHtml_RefusesAFolderWithErrorsAndWritesNothing()
    {
        var target = Path.Combine(_root, "missing");
        var error = new StringWriter();
        var code = Cli.Program.Run(["build", Path.Combine(_root, "no-such-report"), "--format", "html", "-o", target], new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("not built", error.ToString());
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void BuildHtml_DropsRawHtmlFromDataAndCarriesAContentSecurityPolicy()
    {
        // Issue #14 fault 3: raw HTML in a narrative was copied into index.html while the warning said "dropped".
        var report = Path.Combine(_root, "hostile");
        Folders.Copy(Repository.Data("lincolnshire-2023"), report);
        File.AppendAllText(Path.Combine(report, "text", "foreword.md"),
            "\n\n<script>window.pwned=1</script>\n\nText <img src=x onerror=\"window.p2=1\"> and<br>more\n");
        var target = Path.Combine(_root, "hostile-html");
        var error = new StringWriter();
        var code = Cli.Program.Run(["build", report, "--format", "html", "-o", target,
            "--templates", Repository.Path("templates")], new StringWriter(), error);
        Assert.True(code <= 1, error.ToString());
        Assert.Contains(DiagnosticCodes.RawHtml, error.ToString());
        var page = File.ReadAllText(Path.Combine(target, "index.html"));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Text  and<br>more", page);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", page);
    }

    [Fact]
    public void Build_RejectsAnUnknownFormat()
    {
        var error = new StringWriter();
        var code = Cli.Program.Run(["build", "data/lincolnshire-2023", "--format", "docx"], new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("docx", error.ToString());
    }

    [Fact]
    public void Extension_SetUpTwiceRegistersEachRendererOnce()
    {
        var renderer = new HtmlRenderer(new StringWriter());
        TestPipelines.Report.Setup(renderer);
        var extension = new HtmlEditionExtension();
        extension.Setup(TestPipelines.Report, renderer);
        var count = renderer.ObjectRenderers.Count;
        extension.Setup(TestPipelines.Report, renderer);
        Assert.Equal(count, renderer.ObjectRenderers.Count);
        Assert.Single(renderer.ObjectRenderers.OfType<HtmlRatingBoxRenderer>());
        Assert.Empty(renderer.ObjectRenderers.OfType<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>());
    }
}
