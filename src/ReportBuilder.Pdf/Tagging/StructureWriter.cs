using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tagging;

/// <summary>
/// Turns the canvas's structure calls into PDFsharp's structure tree and marked content.
/// </summary>
/// <remarks>
/// Every element, grouping ones included, is begun as a block-level item by tag name: PDFsharp's
/// grouping items write no marked content, so text drawn straight into a Caption or TOCI would
/// fall outside the tree. The Document element is the one UAManager creates, not a second one.
/// Artifacts are begun through PDFsharp (so its stack knows content is not structure) and each is
/// recorded, so that <see cref="ArtifactProperties"/> can give it its /Type and /Subtype later.
/// </remarks>
sealed class StructureWriter
{
    enum FrameKind { DocumentRoot, Element, Illustration, Link, Artifact }

    sealed class Frame(FrameKind kind, PdfStructureElement? element)
    {
        public FrameKind Kind { get; } = kind;
        public PdfStructureElement? Element { get; } = element;
        // Bounds of what an illustration drew, in PDF user space (y up), for its /BBox.
        public double MinX = double.MaxValue, MinY = double.MaxValue, MaxX = double.MinValue, MaxY = double.MinValue;
    }

    readonly UAManager _ua;
    readonly StructureBuilder _builder;
    readonly List<Frame> _stack = [];
    readonly ArtifactProperties _artifacts;
    readonly ParentTreeShelf _parentTree;
    readonly ContinuedElements _continued = new();
    // The first PDF element made for each engine element: one begun again continues it (see ContinuedElements).
    readonly Dictionary<StructureElement, PdfStructureElement> _made = new(ReferenceEqualityComparer.Instance);

    public StructureWriter(PdfDocument document, string language, ArtifactProperties artifacts)
    {
        _ua = UAManager.ForDocument(document);
        _ua.SetDocumentLanguage(language);
        _builder = _ua.StructureBuilder;
        _artifacts = artifacts;
        _parentTree = new ParentTreeShelf(_ua);
    }

    /// <summary>The pages before <paramref name="current"/> are finished: their /ParentTree entries can be put aside.</summary>
    public void PagesFinishedBefore(PdfPage current) => _parentTree.ShelveAllBut(current);

    /// <summary>Every page is drawn: the /ParentTree is made whole again, ready to be saved.</summary>
    public void DocumentFinished()
    {
        _parentTree.Restore();
        _continued.Join(_parentTree.Nums);
    }

    /// <summary>True when an artifact is open: drawing goes outside the structure tree.</summary>
    public bool InArtifact => _stack.Count > 0 && _stack[^1].Kind == FrameKind.Artifact;

    /// <summary>True when drawn content lands in a structure element (not an artifact, not bare).</summary>
    public bool InElement => _stack.Count > 0 && _stack[^1].Kind is not (FrameKind.Artifact or FrameKind.DocumentRoot);

    /// <summary>True when a figure or formula is open, whose /BBox grows with what is drawn.</summary>
    public bool InIllustration => _stack.Any(f => f.Kind == FrameKind.Illustration);

    public void Begin(StructureElement element)
    {
        if (element.Role == StructureRole.Document && _stack.All(f => f.Kind != FrameKind.Element && f.Kind != FrameKind.Illustration))
        {
            var root = _ua.StructureTreeElementDocument;
            ApplyAttributes(root, element);
            _stack.Add(new Frame(FrameKind.DocumentRoot, root));
            return;
        }
        // Figures too are begun as block-level items: PDFsharp's illustration item needs a live page
        // (it switches the graphics mode at once) and overwrites /Alt and /BBox when it ends; we set
        // /Alt from the element and /BBox from what was drawn.
        _builder.BeginBlockLevelElement(StructureRoles.TagName(element.Role));
        var kind = StructureRoles.IsIllustration(element.Role) ? FrameKind.Illustration : FrameKind.Element;
        var ste = _builder.CurrentStructureElement;
        ApplyAttributes(ste, element);
        _stack.Add(new Frame(kind, ste));
        if (!_made.TryAdd(element, ste)) _continued.Add(_made[element], ste);
    }

    public void BeginLink(PdfLinkAnnotation annotation, string alternateText)
    {
        _builder.BeginElement(annotation, alternateText);
        var ste = _builder.CurrentStructureElement;
        _stack.Add(new Frame(FrameKind.Link, ste));
    }

    public void BeginArtifact(ArtifactKind kind, PdfPage page)
    {
        _builder.BeginArtifact();
        _artifacts.Record(page, kind);
        _stack.Add(new Frame(FrameKind.Artifact, null));
    }

    /// <summary>Ends the innermost open item, which must be of the expected sort.</summary>
    public void End(string what)
    {
        if (_stack.Count == 0)
            throw new InvalidOperationException($"{what} without a matching begin.");
        var frame = _stack[^1];
        var expected = what switch
        {
            "EndArtifact" => frame.Kind == FrameKind.Artifact,
            "EndLink" => frame.Kind == FrameKind.Link,
            _ => frame.Kind is FrameKind.Element or FrameKind.Illustration or FrameKind.DocumentRoot,
        };
        if (!expected)
            throw new InvalidOperationException($"{what} does not match the innermost open item ({frame.Kind}).");
        _stack.RemoveAt(_stack.Count - 1);
        if (frame.Kind == FrameKind.DocumentRoot)
        {
            _builder.EndMarkedContentsWithId();
            return;
        }
        _builder.End();
        if (frame.Kind == FrameKind.Illustration && frame.Element is { } figure && frame.MinX <= frame.MaxX)
        {
            figure.LayoutAttributes.Elements.SetRectangle(PdfLayoutAttributes.Keys.BBox,
                new PdfRectangle(new XPoint(frame.MinX, frame.MinY), new XPoint(frame.MaxX, frame.MaxY)));
        }
    }

    /// <summary>Grows the bounding box of every open illustration by a drawn area (PDF user space).</summary>
    public void Extend(double x0, double y0, double x1, double y1)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var f = _stack[i];
            if (f.Kind == FrameKind.Artifact) return;
            if (f.Kind != FrameKind.Illustration) continue;
            f.MinX = Math.Min(f.MinX, Math.Min(x0, x1));
            f.MaxX = Math.Max(f.MaxX, Math.Max(x0, x1));
            f.MinY = Math.Min(f.MinY, Math.Min(y0, y1));
            f.MaxY = Math.Max(f.MaxY, Math.Max(y0, y1));
        }
    }

    public void CheckBalanced()
    {
        if (_stack.Count > 0)
            throw new InvalidOperationException(
                $"The document ended with {_stack.Count} structure item(s) still open (innermost: {_stack[^1].Kind}); every Begin needs its End.");
    }

    static void ApplyAttributes(PdfStructureElement ste, StructureElement element)
    {
        var e = ste.Elements;
        if (element.AlternateText is { } alt) e.SetString("/Alt", alt);
        if (element.ActualText is { } actual) e.SetString("/ActualText", actual);
        if (element.ExpandedText is { } expanded) e.SetString("/E", expanded);
        if (element.Language is { } lang) e.SetString("/Lang", lang);
        if (element.Title is { } title) e.SetString("/T", title);
        if (element.Id is { } id) e.SetString("/ID", id);
        if (element.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell)
        {
            if (element.Scope != TableHeaderScope.None)
                ste.TableAttributes.Elements.SetName("/Scope", StructureRoles.ScopeName(element.Scope));
            if (element.RowSpan > 1) ste.TableAttributes.Elements.SetInteger(PdfTableAttributes.Keys.RowSpan, element.RowSpan);
            if (element.ColumnSpan > 1) ste.TableAttributes.Elements.SetInteger(PdfTableAttributes.Keys.ColSpan, element.ColumnSpan);
        }
    }
}
