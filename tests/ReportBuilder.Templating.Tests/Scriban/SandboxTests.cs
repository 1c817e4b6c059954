using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Templating.Scriban;
using ReportBuilder.Templating.Scriban.Model;
using Scriban.Runtime;

namespace ReportBuilder.Templating.Tests.Scriban;

/// <summary>The template sandbox: what a template may not do, and how each refusal is reported (file, line, column).</summary>
public sealed class SandboxTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rb-sandbox-").FullName;
    private readonly string _set;

    public SandboxTests()
    {
        _set = Path.Combine(_root, "templates", "set", "1");
        Directory.CreateDirectory(Path.Combine(_set, "parts"));
        File.WriteAllText(Path.Combine(_set, "parts", "hello.sbn"), "hello {{ name }}");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "outside the template folder");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The reader of the templates folder, as the pipeline makes it.</summary>
    private ReportBuilder.Data.Reading.ReportFileReader Files => new(Path.Combine(_root, "templates"), 1 << 20);

    private (string? Output, DiagnosticBag Diagnostics) Render(string template, TemplateContextFactory? factory = null)
    {
        var globals = new ScriptObject { ["name"] = "Lincolnshire" };
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(_set, "report.sbn");
        var output = TemplateRenderer.Render(template, path, globals, _set, factory ?? new TemplateContextFactory { Files = Files }, diagnostics);
        return (output, diagnostics);
    }

    [Fact]
    public void Include_InsideTheFolder_IsAllowed()
    {
        var (output, diagnostics) = Render("{{ include 'parts/hello.sbn' }}");
        Assert.Empty(diagnostics);
        Assert.Equal("hello Lincolnshire", output);
    }

    [Theory]
    [InlineData("../../../secret.txt", "'..' may not leave the template folder")]
    [InlineData("parts/../../../../secret.txt", "'..' may not leave the template folder")]
    [InlineData("/etc/passwd", "only names relative to the template folder")]
    [InlineData("missing.sbn", "not found")]
    public void Include_OutsideTheFolder_IsRefused_AtTheIncludeLine(string name, string message)
    {
        var (output, diagnostics) = Render($"line one\n  {{{{ include '{name}' }}}}");
        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Contains(message, error.Message);
        Assert.EndsWith("report.sbn", error.Span.File);
        Assert.Equal(2, error.Span.Line);
        Assert.True(error.Span.Column >= 3, $"column {error.Span.Column}");
    }

    [Fact]
    public void Include_OfASymlinkedEscape_IsRefused()
    {
        // A name that stays inside textually but resolves outside through the file system is still refused.
        var link = Path.Combine(_set, "escape");
        Directory.CreateSymbolicLink(link, _root);
        var (output, diagnostics) = Render("{{ include 'escape/secret.txt' }}");
        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.Message.Contains("resolves outside the template folder"));
    }

    [Fact]
    public void LoopLimit_StopsARunawayLoop_WithAnError()
    {
        var (output, diagnostics) = Render("{{ for i in 1..100000 }}x{{ end }}", new TemplateContextFactory { Files = Files, LoopLimit = 1000 });
        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("loop", StringComparison.OrdinalIgnoreCase) && d.Span.Line == 1);
    }

    [Fact]
    public void RecursiveLimit_StopsUnboundedRecursion_WithAnError()
    {
        var (output, diagnostics) = Render("{{ func down(n)\n  ret down(n + 1)\nend }}{{ down 1 }}", new TemplateContextFactory { Files = Files, RecursiveLimit = 50 });
        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("recurs", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RecursiveInclude_IsStoppedToo()
    {
        File.WriteAllText(Path.Combine(_set, "self.sbn"), "{{ include 'self.sbn' }}");
        var (output, diagnostics) = Render("{{ include 'self.sbn' }}", new TemplateContextFactory { Files = Files, RecursiveLimit = 20 });
        Assert.Null(output);
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public void StrictVariables_ReportsAnUnknownName_WithItsPosition()
    {
        var (output, diagnostics) = Render("ok\nok {{ servcie.name }}");
        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal((2, 7), (error.Span.Line, error.Span.Column));   // at the name, not the braces
        Assert.Contains("servcie", error.Message);
    }

    [Fact]
    public void TheClock_IsNotAvailable()
    {
        var (output, diagnostics) = Render("{{ date.now }}");
        Assert.Null(output);
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public void EvaluatingTextAsTemplate_IsNotAvailable()
    {
        var (output, diagnostics) = Render("{{ object.eval_template '{{ 1 + 1 }}' }}");
        Assert.Null(output);
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public void ASyntaxError_IsReportedWithFileLineAndColumn_WithoutRendering()
    {
        var (output, diagnostics) = Render("# Title\n\n{{ if }}\n");
        Assert.Null(output);
        var error = diagnostics.First(d => d.IsError);
        Assert.EndsWith("report.sbn", error.Span.File);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void ASyntaxErrorInAnInclude_NamesTheIncludedFile()
    {
        File.WriteAllText(Path.Combine(_set, "broken.sbn"), "fine\n{{ end }}");
        var (output, diagnostics) = Render("{{ include 'broken.sbn' }}");
        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.IsError && d.Span.File.EndsWith("broken.sbn") && d.Span.Line == 2);
    }

    [Fact]
    public void ReflectionOverDotNetObjects_IsRefused()
    {
        var globals = new ScriptObject { ["leak"] = new System.IO.DirectoryInfo(_root) };
        var diagnostics = new DiagnosticBag();
        var output = TemplateRenderer.Render("{{ leak.full_name }}", Path.Combine(_set, "report.sbn"), globals, _set, new TemplateContextFactory { Files = Files }, diagnostics);
        Assert.DoesNotContain(_root, output ?? "");
    }
}
