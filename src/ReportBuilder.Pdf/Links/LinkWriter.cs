using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Actions;
using PdfSharp.Pdf.Annotations;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Links;

/// <summary>
/// Creates link annotations, named destinations and the outline.
/// </summary>
/// <remarks>
/// An internal link may point at a page that is not written yet, so its /Dest is filled in by
/// <see cref="Resolve"/> once every page exists. Annotation names (/NM) count up from the
/// document's identity, never from a GUID, and /M is the document's date or absent.
/// </remarks>
sealed class LinkWriter(PdfDocument document, string identity, DateTimeOffset? date)
{
    readonly List<(PdfLinkAnnotation Annotation, LinkTarget Target)> _internal = [];
    readonly List<(string Name, int PageIndex, double Y)> _anchors = [];
    int _count;

    /// <summary>Creates the annotation for a link over <paramref name="area"/> (top-left page coordinates).</summary>
    public PdfLinkAnnotation Create(PdfPage page, Rect area, LinkTarget target)
    {
        var rect = ToPdf(page, area);
        PdfLinkAnnotation link;
        if (target.Uri is { } uri)
        {
            link = PdfLinkAnnotation.CreateWebLink(rect, uri);
        }
        else if (target.PageIndex >= 0)
        {
            link = new PdfLinkAnnotation(document) { Rectangle = rect };
            _internal.Add((link, target));
        }
        else
        {
            throw new ArgumentException(
                $"A link needs a URI or a resolved page index (anchor '{target.AnchorName}' has page {target.PageIndex}).", nameof(target));
        }
        // Print flag: PDF/A requires it and it does no harm elsewhere.
        link.Flags = PdfAnnotationFlags.Print;
        link.Elements.SetString(PdfAnnotation.Keys.NM, $"link-{identity}-{++_count}");
        if (date is { } d)
            link.Elements.SetString(PdfAnnotation.Keys.M, PdfDate(d));
        else
            link.Elements.Remove(PdfAnnotation.Keys.M);
        // No visible border: the engine draws what links look like.
        link.Elements.SetObject(PdfAnnotation.Keys.Border, new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0)));
        return link;
    }

    public void AddAnchor(string name, int pageIndex, double y) => _anchors.Add((name, pageIndex, y));

    /// <summary>Points internal links at their pages and adds named destinations; call after the last page.</summary>
    public void Resolve()
    {
        foreach (var (annotation, target) in _internal)
        {
            var page = PageAt(target.PageIndex, $"link to '{target.AnchorName}'");
            annotation.Elements.SetObject("/Dest", Destination(page, target.Y));
        }
        foreach (var (name, pageIndex, y) in _anchors)
        {
            var page = PageAt(pageIndex, $"anchor '{name}'");
            // Like outlines, named destinations take their top in PDF user space (y up).
            document.AddNamedDestination(name, pageIndex + 1,
                PdfSharp.Pdf.Advanced.PdfNamedDestinationParameters.CreatePosition(null, page.Height.Point - y));
        }
    }

    /// <summary>Adds the outline (bookmarks), nested as given.</summary>
    public void AddOutline(IReadOnlyList<Bookmark> bookmarks)
    {
        foreach (var b in bookmarks)
            AddOutline(document.Outlines, b);
    }

    void AddOutline(PdfOutlineCollection parent, Bookmark bookmark)
    {
        var page = PageAt(bookmark.PageIndex, $"bookmark '{bookmark.Title}'");
        // Opened: PDFsharp writes /Count only for open items, and PDF/A needs it on every parent.
        var outline = parent.Add(bookmark.Title, page, opened: true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Left = null;
        // PDFsharp writes Top as given, in PDF user space (y up from the foot of the page).
        outline.Top = page.Height.Point - bookmark.Y;
        outline.Zoom = null;
        foreach (var child in bookmark.Children)
            AddOutline(outline.Outlines, child);
    }

    PdfPage PageAt(int index, string what)
    {
        if (index < 0 || index >= document.PageCount)
            throw new InvalidOperationException($"The {what} points at page index {index}, but the document has {document.PageCount} page(s).");
        return document.Pages[index];
    }

    PdfArray Destination(PdfPage page, double y)
    {
        // /XYZ left top zoom in PDF user space: y counts up from the bottom.
        var top = page.Height.Point - y;
        return new PdfArray(document, page.Reference!, new PdfName("/XYZ"), PdfNull.Value, new PdfReal(top), PdfNull.Value);
    }

    static PdfRectangle ToPdf(PdfPage page, Rect r)
    {
        var h = page.Height.Point;
        return new PdfRectangle(new PdfSharp.Drawing.XPoint(r.X, h - r.Bottom), new PdfSharp.Drawing.XPoint(r.Right, h - r.Y));
    }

    internal static string PdfDate(DateTimeOffset d)
    {
        var offset = d.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{d:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }
}
