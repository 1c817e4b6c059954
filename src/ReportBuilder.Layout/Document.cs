using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout;

/// <summary>A composed document: sections of elements, ready to be laid out onto any <see cref="ICanvas"/>.</summary>
/// <example>
/// <code>
/// var fonts = FontCollection.FromFolder("fonts");
/// var doc = Document.Create(fonts, d =>
/// {
///     d.Metadata(new DocumentDescription { Title = "Report" });
///     d.Section(s =>
///     {
///         s.Margin(56);
///         s.Footer().Paragraph(p => { p.AlignCenter(); p.Span("Page "); p.CurrentPageNumber(); });
///         s.Content().Column(c =>
///         {
///             c.Item().Heading(1, "Introduction");
///             c.Item().Paragraph(p => p.Span("Hello ").Bold());
///         });
///     });
/// });
/// var result = doc.Generate(canvas);
/// </code>
/// </example>
public sealed class Document
{
    internal Document(FontCollection fonts) => Fonts = fonts;

    internal FontCollection Fonts { get; }
    internal List<SectionModel> Sections { get; } = [];
    internal ComposeState State { get; } = new();
    internal TextStyle DefaultStyle { get; set; } = TextStyle.Default;
    internal DocumentDescription Description { get; set; } = new() { Title = "Untitled" };

    /// <summary>Composes a document. Mistakes in the composition throw <see cref="DocumentComposeException"/> here, not at layout.</summary>
    public static Document Create(FontCollection fonts, Action<DocumentDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(compose);
        var document = new Document(fonts);
        compose(new DocumentDescriptor(document));
        if (document.Sections.Count == 0) throw new DocumentComposeException("The document has no section: call Section(...) at least once.");
        return document;
    }

    /// <summary>Lays the document out and draws it on <paramref name="canvas"/> (see <see cref="DocumentGenerator"/>).</summary>
    public LayoutResult Generate(ICanvas canvas, LayoutOptions? options = null) => DocumentGenerator.Generate(this, canvas, options);
}

/// <summary>Limits of a layout run.</summary>
public sealed record LayoutOptions
{
    /// <summary>More pages than this is taken as content that never fits (default 20,000; <see cref="PageLimitException"/>).</summary>
    public int MaxPages { get; init; } = 20_000;
    /// <summary>Layout passes allowed for page numbers and the contents to settle (default 10).</summary>
    public int MaxPasses { get; init; } = 10;
    /// <summary>
    /// Stops a run that takes too long: checked before each pass, each page laid out and each page drawn, so a
    /// pathological document ends within about a page's work of the token firing (OperationCanceledException).
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}

/// <summary>What a layout run produced besides the drawing.</summary>
public sealed record LayoutResult(
    int PageCount,
    int Passes,
    IReadOnlyList<LayoutWarning> Warnings,
    IReadOnlyDictionary<string, AnchorPosition> Anchors,
    IReadOnlyList<Bookmark> Bookmarks);
