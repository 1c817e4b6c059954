using Markdig.Renderers;
using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout.Footnotes;
using ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;
using ReportBuilder.Templating.Markdown.Renderers.Layout.KeepTogether;
using ReportBuilder.Templating.Markdown.Renderers.Layout.KeyQuestions;
using ReportBuilder.Templating.Markdown.Renderers.Layout.Narrative;
using ReportBuilder.Templating.Markdown.Renderers.Layout.PageBreak;
using ReportBuilder.Templating.Markdown.Renderers.Layout.Quotes;
using ReportBuilder.Templating.Markdown.Renderers.Layout.RatingBox;
using ReportBuilder.Templating.Markdown.Renderers.Layout.RatingLabel;
using ReportBuilder.Templating.Markdown.Renderers.Layout.RatingsTable;
using ReportBuilder.Templating.Markdown.Renderers.Layout.RawHtml;
using ReportBuilder.Templating.Markdown.Renderers.Layout.Sections;
using ReportBuilder.Templating.Markdown.Renderers.Layout.SurveyChart;
using ReportBuilder.Templating.Markdown.Renderers.Layout.SurveyQuotes;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>
/// Renders a Markdig AST into the layout engine's document, one <see cref="LayoutObjectRenderer{T}"/> per node type,
/// as Markdig's HtmlRenderer does for HTML. Blocks become items of the column being filled; inlines become runs
/// of the paragraph being filled. The dialect's nodes (ReportBuilder.Dialect) have their renderers in the folder of their feature.
/// </summary>
/// <remarks>
/// The renderer writes into whatever the caller hands it (<see cref="WriteInto"/>); <see cref="LayoutDocumentComposer"/>
/// builds the pages, running heads and sections around it.
/// </remarks>
public sealed class LayoutRenderer : RendererBase
{
    private readonly Stack<ColumnDescriptor> _columns = new();
    private readonly Stack<InlineStyle> _styles = new();
    private readonly Stack<NarrativeScope> _narratives = new();

    public LayoutRenderer(LayoutEnvironment environment)
    {
        Environment = environment;
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());
        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new DelimiterInlineRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new SmartyPantRenderer());
        AddDialectRenderers();
        _styles.Push(new InlineStyle());
    }

    /// <summary>
    /// The renderers of the dialect's own nodes (ReportBuilder.Dialect parses them and knows no edition). Each goes in
    /// front, in the order the pipeline's extensions once added them, so dispatch is what it always was.
    /// </summary>
    private void AddDialectRenderers()
    {
        ObjectRenderers.Insert(0, new LayoutSectionRenderer());
        ObjectRenderers.Insert(0, new LayoutRatingBoxRenderer());
        ObjectRenderers.Insert(0, new LayoutRatingLabelRenderer());
        ObjectRenderers.Insert(0, new LayoutKeyQuestionTableRenderer());
        ObjectRenderers.Insert(0, new LayoutRatingsTableRenderer());
        ObjectRenderers.Insert(0, new LayoutSurveyChartRenderer());
        ObjectRenderers.Insert(0, new LayoutSurveyQuotesRenderer());
        ObjectRenderers.Insert(0, new LayoutPageBreakRenderer());
        ObjectRenderers.Insert(0, new LayoutKeepTogetherRenderer());
        ObjectRenderers.Insert(0, new LayoutNarrativeRenderer());
    }

    public LayoutEnvironment Environment { get; }
    public Theme Theme => Environment.Theme;

    /// <summary>The images placed so far, one layout image per file (an image placed twice is embedded once).</summary>
    public Images.LayoutImageRenderer Images { get; } = new();

    /// <summary>The paragraph that inline renderers add runs to; null between paragraphs.</summary>
    public ParagraphDescriptor? Paragraph { get; private set; }

    /// <summary>The style inline renderers apply to the runs they add (emphasis and links push onto it).</summary>
    public InlineStyle Style => _styles.Peek();

    /// <summary>The Markdown document being rendered (the template output), which holds the narrative pieces.</summary>
    public MarkdownDocument? Root { get; private set; }

    /// <summary>The narrative piece being rendered, if any: its heading level shift and suffix.</summary>
    public NarrativeScope? Narrative => _narratives.Count > 0 ? _narratives.Peek() : null;

    /// <summary>The headings set so far, for rules that depend on a heading's place in its chapter.</summary>
    public HeadingSequence Headings { get; } = new();

    /// <summary>Body text size here (smaller on the inside cover).</summary>
    public double TextSize { get; private set; }

    /// <summary>Sets the document whose narrative pieces <c>:::narrative</c> blocks refer to.</summary>
    public void Begin(MarkdownDocument root) => Root = root;

    public override object Render(MarkdownObject markdownObject)
    {
        if (markdownObject is MarkdownDocument document) Root = document;
        Write(markdownObject);
        return this;
    }

    /// <summary>Renders <paramref name="blocks"/> as the items of <paramref name="column"/>.</summary>
    public void WriteInto(ColumnDescriptor column, IEnumerable<Block> blocks)
    {
        if (TextSize == 0) TextSize = Theme.Text.Size;
        _columns.Push(column);
        foreach (var block in blocks) Write(block);
        EndPageRun();
        _columns.Pop();
    }

    /// <summary>Ends the page here (a chapter, a standard, <c>:::page-break</c>).</summary>
    /// <remarks>
    /// In the body (not inside a box or a table), what follows up to the next break is one run of pages, fitted onto
    /// one page less when only a few lines would spill over (the theme's <c>fitting</c>; see <see cref="FittingExtensions"/>).
    /// </remarks>
    public void BreakPage()
    {
        EndPageRun();
        Item().PageBreak();
        var fitting = Theme.Fitting;
        if (fitting.MaxLines <= 0 || _columns.Count != 1) return;
        var text = Theme.Text;
        Item().FitOnPage(fitting.MaxLines * text.Size * text.LineHeight, Math.Min(1, fitting.MinLineHeight / text.LineHeight), fitting.MinSpacing)
            .Column(run => _pageRun = run);
        _columns.Push(_pageRun!);
    }

    private ColumnDescriptor? _pageRun;

    private void EndPageRun()
    {
        if (_pageRun is null || _columns.Peek() != _pageRun) return;
        _columns.Pop();
        _pageRun = null;
    }

    /// <summary>A new item of the column being filled.</summary>
    public IContainer Item() => _columns.Count > 0
        ? _columns.Peek().Item()
        : throw new InvalidOperationException("LayoutRenderer: a block was rendered outside a column; call WriteInto.");

    /// <summary>Fills <paramref name="container"/> with a column holding the children of <paramref name="block"/>.</summary>
    public void WriteColumn(IContainer container, ContainerBlock block, double spacing = 0) =>
        container.Column(column =>
        {
            column.Spacing(spacing);
            WriteInto(column, block);
        });

    /// <summary>Fills <paramref name="container"/> with a paragraph of <paramref name="block"/>'s inlines.</summary>
    public ParagraphDescriptor WriteParagraph(IContainer container, LeafBlock block, Action<ParagraphDescriptor>? configure = null) =>
        container.Paragraph(p =>
        {
            configure?.Invoke(p);
            WriteInlines(p, block);
        });

    /// <summary>Adds <paramref name="block"/>'s inlines to <paramref name="paragraph"/>.</summary>
    public void WriteInlines(ParagraphDescriptor paragraph, LeafBlock block)
    {
        var saved = Paragraph;
        Paragraph = paragraph;
        if (block.Inline is not null) WriteChildren(block.Inline);
        Paragraph = saved;
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="paragraph"/> as the paragraph inlines go to.</summary>
    public void WithParagraph(ParagraphDescriptor paragraph, Action action)
    {
        var saved = Paragraph;
        Paragraph = paragraph;
        try { action(); }
        finally { Paragraph = saved; }
    }

    /// <summary>A rating's symbol after the text added last, with the current inline style (see <see cref="RatingSymbol"/>).</summary>
    public void RatingSymbol(RatingStyle rating)
    {
        var paragraph = Paragraph ?? throw new InvalidOperationException("LayoutRenderer: an inline was rendered outside a paragraph.");
        Style.ApplyTo(RatingLabel.RatingSymbol.Add(paragraph, rating, Theme), Theme);
    }

    /// <summary>Adds a run with the current inline style.</summary>
    public SpanDescriptor Span(string text)
    {
        var paragraph = Paragraph ?? throw new InvalidOperationException("LayoutRenderer: an inline was rendered outside a paragraph.");
        var span = paragraph.Span(text);
        Style.ApplyTo(span, Theme);
        return span;
    }

    public void PushStyle(Func<InlineStyle, InlineStyle> change) => _styles.Push(change(_styles.Peek()));
    public void PopStyle() => _styles.Pop();

    /// <summary>Renders with a fresh inline style (a footnote's text does not inherit the bold of the words that cite it).</summary>
    public void WithFreshStyle(Action action)
    {
        _styles.Push(new InlineStyle());
        try { action(); }
        finally { _styles.Pop(); }
    }

    public void WithTextSize(double size, Action action)
    {
        var saved = TextSize;
        TextSize = size;
        try { action(); }
        finally { TextSize = saved; }
    }

    /// <summary>How the tables being rendered are set (key questions, ratings page, plain).</summary>
    public TableLook TableLook { get; private set; }

    public void WithTableLook(TableLook look, Action action)
    {
        var saved = TableLook;
        TableLook = look;
        try { action(); }
        finally { TableLook = saved; }
    }

    public void WithNarrative(NarrativeScope scope, Action action)
    {
        _narratives.Push(scope);
        try { action(); }
        finally { _narratives.Pop(); }
    }

    /// <summary>The standard paragraph settings of body text at the current size.</summary>
    public void BodyText(ParagraphDescriptor p, double? spaceAfter = null)
    {
        p.Style(new TextStyle { FontSize = TextSize, Color = Theme.Text.Colour }).LineHeight(Theme.Text.LineHeight);
        p.SpaceAfter(spaceAfter ?? Theme.Text.ParagraphSpacing * TextSize / Theme.Text.Size);
        if (Theme.Text.Justify) p.Justify();
    }
}

/// <summary>Emphasis, links and colour in force for the runs being added.</summary>
public readonly record struct InlineStyle(bool Bold = false, bool Italic = false, string? LinkUri = null, string? LinkAnchor = null, Color? Colour = null)
{
    public void ApplyTo(SpanDescriptor span, Theme theme)
    {
        if (Bold) span.Bold();
        if (Italic) span.Italic();
        if (Colour is { } c) span.FontColor(c);
        if (LinkUri is not null)
        {
            span.LinkUri(LinkUri).FontColor(theme.Text.LinkColour).Underline();
        }
        else if (LinkAnchor is not null) span.Link(LinkAnchor).FontColor(theme.Text.LinkColour).Underline();
    }
}

/// <summary>A narrative piece being rendered: how much its headings shift and what follows them.</summary>
public sealed record NarrativeScope(NarrativeDocument Piece, int LevelShift, string Suffix);
