using System.Globalization;
using System.Text;
using Markdig;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Tests.Support;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>
/// Spec files: each <c>TestFiles/&lt;area&gt;/&lt;name&gt;.md</c> is rendered through the report's Markdown pipeline and
/// <see cref="LayoutRenderer"/>, laid out on a recording canvas, and its structure tree (with every run of text, its
/// font, size and colour) compared with <c>&lt;name&gt;.out.txt</c>. Set RB_UPDATE_SPECS=1 to rewrite the expected files
/// after a deliberate change, then read the diff.
/// </summary>
public class LayoutSpecTests
{
    private static readonly Lazy<FontCollection> Fonts = new(() => FontCollection.FromFolder(Path.Combine(Repository.Root, "fonts")));

    private static string SpecFolder => Path.Combine(Repository.Root, "tests", "ReportBuilder.Templating.Tests", "TestFiles");

    public static TheoryData<string> Specs() => new(Directory.GetFiles(SpecFolder, "*.md", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(SpecFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

    /// <summary>The survey the spec files' charts and quotes draw.</summary>
    public static Survey SpecSurvey { get; } = new(12, 8, 7,
        [new ScoreCount(10, 3), new ScoreCount(8, 2), new ScoreCount(5, 1), new ScoreCount(2, 1)],
        [new QuoteGroup("positive", ["They listened to me.", "Really helpful."])]);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec(string name)
    {
        var source = Path.Combine(SpecFolder, name);
        var actual = Dump(File.ReadAllText(source).ReplaceLineEndings("\n"));
        var expectedFile = Path.ChangeExtension(source, ".out.txt");
        if (Environment.GetEnvironmentVariable("RB_UPDATE_SPECS") == "1" || !File.Exists(expectedFile))
        {
            File.WriteAllText(expectedFile, actual);
            Assert.Fail($"{expectedFile} written: read it, and commit it if it is right.");
        }
        Assert.Equal(File.ReadAllText(expectedFile).ReplaceLineEndings("\n"), actual);
    }

    public static string Dump(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(markdown, ReportMarkdownPipeline.Default);
        var environment = new LayoutEnvironment(new Theme(), SpecSurvey, diagnostics);
        var layout = LayoutDocumentComposer.ComposeFragment(document, new NarrativeDocuments(), environment, Fonts.Value);
        var canvas = new RecordingCanvas();
        layout.Generate(canvas);
        Assert.Empty(canvas.Problems);

        var sb = new StringBuilder();
        foreach (var root in canvas.Roots) Write(sb, root, 0);
        var shapes = canvas.Calls.OfType<RecordedShape>().GroupBy(s => (s.Kind, Fill: s.Paint.Fill?.ToString() ?? "none"))
            .Select(g => $"{g.Count()} {g.Key.Kind} fill {g.Key.Fill}").Order(StringComparer.Ordinal);
        sb.Append("decoration: ").Append(string.Join("; ", shapes)).Append('\n');
        sb.Append("pages: ").Append(canvas.PageCount).Append('\n');
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, RecordedStructure node, int depth)
    {
        var e = node.Element;
        sb.Append(' ', depth * 2).Append(node.Role);
        if (e.AlternateText is not null) sb.Append(" alt=\"").Append(e.AlternateText).Append('"');
        if (e.Scope != Layout.Drawing.TableHeaderScope.None) sb.Append(" scope=").Append(e.Scope);
        sb.Append('\n');
        foreach (var item in node.Content)
        {
            if (item is RecordedStructure child) Write(sb, child, depth + 1);
            else if (item is RecordedText t && t.Text.Trim().Length > 0)
                sb.Append(' ', depth * 2 + 2).Append('"').Append(t.Text).Append("\" ").Append(t.Font.Name).Append(' ')
                  .Append(t.FontSize.ToString("0.##", CultureInfo.InvariantCulture)).Append(' ').Append(t.Color).Append('\n');
        }
    }
}
