using Markdig;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Dialect;
using ReportBuilder.Dialect.Features.Images;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Markdown.Sanitizing;
using ReportBuilder.Templating.Scriban;
using ReportBuilder.Templating.Scriban.Model;

namespace ReportBuilder.Templating;

/// <summary>
/// Turns a loaded report into its layout document: Scriban templates → Markdown in our dialect → Markdig → layout.
/// Every problem goes into the caller's <see cref="DiagnosticBag"/> with the file and line a person edits.
/// </summary>
/// <param name="templatesRoot">The folder holding <c>&lt;id&gt;/&lt;version&gt;/</c> template sets, as the user names it.</param>
/// <param name="contextFactory">The templates' limits and the reader of the templates folder (every template file is read through it).</param>
/// <param name="templateSets">Template sets kept from earlier builds (a warm pipeline's); null: the set is read afresh.</param>
public sealed class ReportRenderer(string templatesRoot, TemplateContextFactory contextFactory, TemplateSetCache? templateSets = null)
{
    private readonly TemplateContextFactory _contexts = contextFactory;

    public string TemplatesRoot { get; } = templatesRoot;

    /// <summary>
    /// The whole of this stage: templates, Markdown, then the layout document ready for <c>Document.Generate</c>.
    /// Null when a template failed or the layout could not be composed (the errors are in <paramref name="diagnostics"/>).
    /// </summary>
    public RenderedReport? Render(Report report, ReportScore score, FontCollection fonts, DiagnosticBag diagnostics, CancellationToken cancellationToken = default,
        DraftMarks? draft = null)
    {
        var markdown = RenderMarkdown(report, score, diagnostics, cancellationToken);
        if (markdown is null) return null;
        foreach (var piece in markdown.Narratives.Values)
            GlyphCoverageCheck.Check(piece.Text, new MarkdownOrigin(piece.File, piece.LineOffset), fonts, diagnostics);
        // Composing a very large report takes a while: a build already out of time stops here rather than after it.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return new RenderedReport(markdown, LayoutDocumentComposer.Compose(markdown, fonts, diagnostics, draft));
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's renderers have a depth limit of their own; a draft (which builds past errors) meets it here.
            diagnostics.Error(SourceSpan.StartOf(markdown.Templates.EntryPath), DiagnosticCodes.TemplateOutputNestedTooDeeply,
                "the Markdown is nested too deeply to lay out (lists, quotes or emphasis inside one another); flatten it");
            return null;
        }
        catch (DocumentComposeException e)
        {
            diagnostics.Error(SourceSpan.StartOf(markdown.Templates.EntryPath), DiagnosticCodes.LayoutNotComposed, $"The report's layout could not be composed: {e.Message}");
            return null;
        }
    }

    /// <summary>Runs the templates and parses their output; null when a template failed (the errors are in <paramref name="diagnostics"/>).</summary>
    public RenderedMarkdown? RenderMarkdown(Report report, ReportScore score, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var set = templateSets is null
            ? TemplateSet.Load(TemplatesRoot, report.Metadata.Template, _contexts.Files, diagnostics)
            : templateSets.Load(TemplatesRoot, report.Metadata.Template, _contexts.Files, diagnostics);
        if (set is null || !File.Exists(set.EntryPath) || TemplateFileText.Read(_contexts.Files, set.EntryPath, diagnostics) is not { } entry) return null;

        var narratives = new NarrativeTable();
        var globals = ReportModel.Build(report, score, set.Theme, narratives, set.Id, set.Version, set.Strings);

        var markdown = TemplateRenderer.Render(entry.ReplaceLineEndings("\n"), set.EntryPath, globals,
            set.Directory, _contexts, diagnostics, cancellationToken);
        if (markdown is null) return null;
        markdown = Tidy(markdown);

        var header = set.Theme.Page.Header.Length == 0
            ? ""
            : TemplateRenderer.Render(set.Theme.Page.Header, Path.Combine(set.Directory, "theme.yaml"), globals, set.Directory, _contexts, diagnostics, cancellationToken,
                TemplateOutput.PlainText) ?? "";

        var pipeline = ReportMarkdownPipeline.Default;
        var document = Parse(markdown, pipeline, SourceSpan.StartOf(set.EntryPath), diagnostics);
        if (document is null) return null;
        GenericAttributeFilter.FilterTemplateOutput(document);
        var origin = new MarkdownOrigin(set.EntryPath, 0, Generated: true);

        var pieces = new NarrativeDocuments();
        foreach (var key in narratives.Used.Distinct())
        {
            var source = narratives.Find(key)!;
            var piece = Parse(source.Text, pipeline, new SourceSpan(source.File, source.LineOffset + 1, 1), diagnostics);
            if (piece is null) return null;
            GenericAttributeFilter.FilterData(piece);
            pieces[key] = new NarrativeDocument(piece, source.File, source.LineOffset, source.Text);
            // The report folder's images were checked, and their problems reported, when it was loaded.
            ImageRule.Attach(piece, ImageRule.From(report.Images, report.Folder));
        }
        document.SetData(typeof(NarrativeDocuments), pieces);
        MarkdownChecks.Check(document, markdown, origin, report.Survey, diagnostics);
        MarkdownChecks.CheckNarratives(document, origin, pieces, diagnostics);
        // An image the templates write comes from the template set's images/ (read with the report folder); one that
        // cannot be placed stops the build, a draft included, as one in the report's own Markdown does.
        if (!ImageRule.Check(document, origin, ImageRule.From(report.TemplateImages, set.Directory), diagnostics)) return null;

        return new RenderedMarkdown(report, score, set, markdown, document, pieces, origin, header.Trim());
    }

    /// <summary>
    /// Markdig refuses input nested deeper than it can parse safely (e.g. 200 nested block quotes) by throwing
    /// ArgumentException; that is the author's input, so it becomes an error naming the file, not an internal error.
    /// </summary>
    private static Markdig.Syntax.MarkdownDocument? Parse(string text, Markdig.MarkdownPipeline pipeline, SourceSpan where, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            diagnostics.Error(where, DiagnosticCodes.TemplateOutputNestedTooDeeply, "the Markdown is nested too deeply to read (lists, quotes or emphasis inside one another); flatten it");
            return null;
        }
    }

    /// <summary>Collapses the runs of blank lines that template control lines leave, so the Markdown reads cleanly.</summary>
    internal static string Tidy(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd(' ', '\t') is var t && t.Length == 0 ? "" : l).ToList();
        var sb = new System.Text.StringBuilder(markdown.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { if (++blank > 1 || sb.Length == 0) continue; }
            else blank = 0;
            sb.Append(line).Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }
}
