using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Pdf.Drawing;
using ReportBuilder.Pdf.Fonts;
using ReportBuilder.Pdf.Images;
using ReportBuilder.Pdf.Links;
using ReportBuilder.Pdf.Output;
using ReportBuilder.Pdf.Tagging;
using LayoutColor = ReportBuilder.Layout.Drawing.Color;
using LayoutPoint = ReportBuilder.Layout.Drawing.Point;

namespace ReportBuilder.Pdf;

/// <summary>
/// Writes the engine's pages as a PDF through PDFsharp: a drawing canvas (text, shapes, images) and a document
/// canvas (tagged, with links, outline and embedded font subsets), the same bytes for the same input.
/// </summary>
/// <remarks>
/// The PDF is written to the stream handed in when <see cref="EndDocument"/> runs; the stream is
/// not closed. One canvas writes one document and is not thread-safe; any number of canvases may
/// work at once on different threads (fonts go through the process-wide <see cref="FontRegistry"/>).
/// </remarks>
public sealed class PdfCanvas : ICanvas, IDrawingCanvas, IDocumentCanvas
{
    readonly Stream _output;
    readonly PdfCanvasOptions _options;
    readonly CancellationToken _cancellationToken;
    readonly GraphicsResources _resources;
    readonly PdfImageCache _images;

    PdfDocument? _document;
    DocumentDescription? _description;
    StructureWriter? _structure;
    ArtifactProperties? _artifacts;
    LinkWriter? _links;
    PdfPage? _page;
    XGraphics? _gfx;
    // The previous page's graphics stay alive until the next page exists (see BeginPage).
    XGraphics? _previousGfx;
    PdfPage? _previousPage;
    int _openLinks;
    int _openRotations;
    bool _ended;

    /// <param name="cancellationToken">
    /// Also stops the save in <see cref="EndDocument"/> (the layout engine checks its own token between pages): a build's
    /// time limit then holds while PDFsharp writes thousands of pages, which it does in one call that takes no token.
    /// </param>
    /// <param name="images">Images already read for earlier documents (a warm pipeline's); null: this document reads its own.</param>
    public PdfCanvas(Stream output, PdfCanvasOptions? options = null, CancellationToken cancellationToken = default, PdfImageCache? images = null)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _options = options ?? PdfCanvasOptions.Default;
        _cancellationToken = cancellationToken;
        _images = images ?? new PdfImageCache();
        _resources = new GraphicsResources(_options.PdfA);
    }

    bool Tagged => _options.Tagged || _options.PdfA;

    public void BeginDocument(DocumentDescription description)
    {
        if (_document is not null)
            throw new InvalidOperationException("BeginDocument was already called: one PdfCanvas writes one document.");
        FontRegistry.EnsureInstalled();
        _description = description;
        var doc = new PdfDocument();
        doc.Options.CompressContentStreams = _options.Compress;
        doc.Options.NoCompression = !_options.Compress;
        if (_options.FastCompression) doc.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        DocumentInfo.Apply(doc, description);
        if (_options.PdfA)
            doc.SetPdfA();
        var identity = Identity.Seed(description);
        _links = new LinkWriter(doc, Identity.Short(identity), description.Date);
        if (Tagged)
        {
            _artifacts = new ArtifactProperties();
            _structure = new StructureWriter(doc, description.Language, _artifacts);
        }
        else
        {
            doc.Internals.Catalog.Language = description.Language;
        }
        _document = doc;
    }

    public void BeginPage(Size size)
    {
        var doc = RequireDocument();
        if (_gfx is not null)
            throw new InvalidOperationException("BeginPage called before EndPage of the previous page.");
        // Add the page while the previous page's XGraphics is alive: PDFsharp closes the marked
        // content of elements that continue (a paragraph split across pages) on the old graphics.
        var page = doc.AddPage();
        page.Width = XUnit.FromPoint(size.Width);
        page.Height = XUnit.FromPoint(size.Height);
        if (Tagged)
            page.Elements.SetName("/Tabs", "/S");
        _gfx = XGraphics.FromPdfPage(page);
        FinishPreviousPage();
        _structure?.PagesFinishedBefore(page);
        _page = page;
    }

    public void EndPage()
    {
        if (_gfx is null)
            throw new InvalidOperationException("EndPage without BeginPage.");
        if (_openLinks > 0)
            throw new InvalidOperationException("A link is still open at the end of the page: links cannot span pages.");
        if (_openRotations > 0)
            throw new InvalidOperationException("A rotation is still open at the end of the page: rotations cannot span pages.");
        _previousGfx = _gfx;
        _previousPage = _page;
        _gfx = null;
    }

    public void EndDocument()
    {
        var doc = RequireDocument();
        if (_ended)
            throw new InvalidOperationException("EndDocument was already called.");
        if (_gfx is not null)
            throw new InvalidOperationException("EndDocument called before EndPage of the last page.");
        _ended = true;
        _structure?.CheckBalanced();
        FinishPreviousPage();
        _structure?.DocumentFinished();
        if (doc.PageCount == 0)
            throw new InvalidOperationException("The document has no pages.");
        _links!.Resolve();
        _links.AddOutline(_description!.Bookmarks);
        if (_options.PdfA)
            CidSets.Reserve(doc, _resources.Faces.Select(f => CidSets.GlyphCount(f.Data)).DefaultIfEmpty(0).Max());
        DeterministicWriter.Save(doc, _description, _options, _output, _cancellationToken);
    }

    void FinishPreviousPage()
    {
        if (_previousGfx is null) return;
        _previousGfx.Dispose();
        _artifacts?.Apply(_previousPage!);
        _previousGfx = null;
        _previousPage = null;
    }

    public void BeginStructure(StructureElement element)
    {
        RequireDocument();
        _structure?.Begin(element);
    }

    public void EndStructure() => _structure?.End("EndStructure");

    public void BeginArtifact(ArtifactKind kind)
    {
        var page = RequirePage();
        _structure?.BeginArtifact(kind, page);
    }

    public void EndArtifact() => _structure?.End("EndArtifact");

    public void BeginLink(Rect area, LinkTarget target, string? alternateText)
    {
        var page = RequirePage();
        var link = _links!.Create(page, area, target);
        var alt = alternateText ?? target.Uri ?? target.AnchorName ?? "Link";
        if (_structure is not null)
        {
            _structure.BeginLink(link, alt);
        }
        else
        {
            link.Elements.SetString(PdfSharp.Pdf.Annotations.PdfAnnotation.Keys.Contents, alt);
            page.Annotations.Add(link);
        }
        _openLinks++;
    }

    public void EndLink()
    {
        if (_openLinks == 0)
            throw new InvalidOperationException("EndLink without BeginLink.");
        _openLinks--;
        _structure?.End("EndLink");
    }

    // PDFsharp's XStringFormats.BaseLineLeft makes a new format on every read, and text is drawn a word at a time.
    static readonly XStringFormat BaseLineLeft = XStringFormats.BaseLineLeft;

    public void DrawText(string text, FontFace font, double fontSize, LayoutColor color, LayoutPoint origin)
    {
        var gfx = RequireGraphics();
        if (text.Length == 0) return;
        if (_structure is not null && !_structure.InElement && !_structure.InArtifact)
            throw new InvalidOperationException(
                $"Text \"{Abbreviate(text)}\" drawn outside any structure element or artifact: tagged PDF needs every text in one.");
        var xfont = _resources.Font(font, fontSize);
        gfx.DrawString(text, xfont, _resources.Brush(color), origin.X, origin.Y, BaseLineLeft);
        if (_structure is not null && !_structure.InArtifact && _structure.InIllustration)
        {
            // A label inside a figure (a chart's axis text) widens the figure's /BBox: measured only
            // here, so ordinary text costs nothing extra. The font's em box bounds the glyphs closely enough.
            var h = PageHeight;
            var width = gfx.MeasureString(text, xfont).Width;
            _structure.Extend(origin.X, h - origin.Y - fontSize, origin.X + width, h - origin.Y + fontSize * 0.25);
        }
    }

    public void DrawRectangle(Rect rect, Paint paint)
    {
        var gfx = RequireGraphics();
        using var _ = DecorationScope();
        var (pen, brush) = _resources.Realize(paint);
        if (pen is null && brush is null) return;
        Extend(rect);
        if (brush is not null && pen is not null) gfx.DrawRectangle(pen, brush, rect.X, rect.Y, rect.Width, rect.Height);
        else if (brush is not null) gfx.DrawRectangle(brush, rect.X, rect.Y, rect.Width, rect.Height);
        else gfx.DrawRectangle(pen!, rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void DrawEllipse(Rect bounds, Paint paint)
    {
        var gfx = RequireGraphics();
        using var _ = DecorationScope();
        var (pen, brush) = _resources.Realize(paint);
        if (pen is null && brush is null) return;
        Extend(bounds);
        if (brush is not null && pen is not null) gfx.DrawEllipse(pen, brush, bounds.X, bounds.Y, bounds.Width, bounds.Height);
        else if (brush is not null) gfx.DrawEllipse(brush, bounds.X, bounds.Y, bounds.Width, bounds.Height);
        else gfx.DrawEllipse(pen!, bounds.X, bounds.Y, bounds.Width, bounds.Height);
    }

    public void DrawPolygon(IReadOnlyList<LayoutPoint> points, Paint paint)
    {
        var gfx = RequireGraphics();
        if (points.Count < 2) return;
        using var _ = DecorationScope();
        var (pen, brush) = _resources.Realize(paint);
        if (pen is null && brush is null) return;
        var xs = new XPoint[points.Count];
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < xs.Length; i++)
        {
            var p = points[i];
            xs[i] = new XPoint(p.X, p.Y);
            minX = Math.Min(minX, p.X); maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y); maxY = Math.Max(maxY, p.Y);
        }
        Extend(new Rect(minX, minY, maxX - minX, maxY - minY));
        if (brush is not null && pen is not null) gfx.DrawPolygon(pen, brush, xs, XFillMode.Winding);
        else if (brush is not null) gfx.DrawPolygon(brush, xs, XFillMode.Winding);
        else gfx.DrawPolygon(pen!, xs);
    }

    public void DrawLine(LayoutPoint from, LayoutPoint to, Stroke stroke)
    {
        var gfx = RequireGraphics();
        using var _ = DecorationScope();
        var pen = _resources.Pen(stroke);
        Extend(new Rect(Math.Min(from.X, to.X), Math.Min(from.Y, to.Y), Math.Abs(to.X - from.X), Math.Abs(to.Y - from.Y)));
        gfx.DrawLine(pen, from.X, from.Y, to.X, to.Y);
    }

    public void DrawImage(Rect rect, ImageData image)
    {
        var gfx = RequireGraphics();
        using var _ = DecorationScope();
        Extend(rect);
        // Read once per distinct image however often it is drawn (PDFsharp then writes one XObject), and once per
        // warm pipeline when the cache is its.
        _images.Place(gfx, image, keepTransparency: !_options.PdfA, rect);
    }

    public void BeginRotation(LayoutPoint center, double degrees)
    {
        var gfx = RequireGraphics();
        gfx.Save();
        // XGraphics turns clockwise for positive angles (its y axis points down); the contract's angles turn counter-clockwise.
        gfx.RotateAtTransform(-degrees, new XPoint(center.X, center.Y));
        _openRotations++;
    }

    public void EndRotation()
    {
        var gfx = RequireGraphics();
        if (_openRotations == 0)
            throw new InvalidOperationException("EndRotation without BeginRotation.");
        _openRotations--;
        gfx.Restore();
    }

    public void AddAnchor(string name, LayoutPoint position)
    {
        RequirePage();
        _links!.AddAnchor(name, RequireDocument().PageCount - 1, position.Y);
    }

    // ---- helpers ----

    /// <summary>
    /// Vector graphics drawn with nothing open would fall outside the tree (PDFsharp throws); they
    /// can only be decoration, so they become a layout artifact.
    /// </summary>
    ArtifactScope DecorationScope()
    {
        if (_structure is null || _structure.InElement || _structure.InArtifact)
            return default;
        _structure.BeginArtifact(ArtifactKind.Layout, _page!);
        return new ArtifactScope(_structure);
    }

    readonly struct ArtifactScope(StructureWriter? structure) : IDisposable
    {
        public void Dispose() => structure?.End("EndArtifact");
    }

    void Extend(Rect r)
    {
        if (_structure is null) return;
        var h = PageHeight;
        _structure.Extend(r.X, h - r.Bottom, r.Right, h - r.Y);
    }

    double PageHeight => _page!.Height.Point;

    PdfDocument RequireDocument()
        => _document ?? throw new InvalidOperationException("BeginDocument must come first.");

    PdfPage RequirePage()
    {
        RequireDocument();
        return _page is not null && _gfx is not null ? _page : throw new InvalidOperationException("No page is open: call BeginPage first.");
    }

    XGraphics RequireGraphics()
    {
        RequirePage();
        return _gfx!;
    }

    static string Abbreviate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
