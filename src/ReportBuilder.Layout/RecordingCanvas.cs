using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout;

/// <summary>A call recorded by <see cref="RecordingCanvas"/>, with the page it was made on.</summary>
public abstract record RecordedCall(int PageIndex);

/// <summary>Text drawn at a baseline origin, with the structure element or artifact it sits in.</summary>
public sealed record RecordedText(int PageIndex, string Text, FontFace Font, double FontSize, Color Color, Point Origin,
    RecordedStructure? Structure, ArtifactKind? Artifact) : RecordedCall(PageIndex)
{
    /// <summary>The rotation the text was drawn in (degrees, counter-clockwise on the page; 0 when none), and its centre.</summary>
    public double Rotation { get; init; }
    public Point RotationCenter { get; init; }

    /// <summary>Width of the text from the font's advances.</summary>
    public double Width => Font.MeasureWidth(Text, FontSize);
}

public sealed record RecordedShape(int PageIndex, string Kind, Rect Bounds, Paint Paint, ArtifactKind? Artifact) : RecordedCall(PageIndex);
public sealed record RecordedLine(int PageIndex, Point From, Point To, Stroke Stroke, ArtifactKind? Artifact) : RecordedCall(PageIndex);
public sealed record RecordedImage(int PageIndex, Rect Rect, ImageData Image, RecordedStructure? Structure, ArtifactKind? Artifact) : RecordedCall(PageIndex);
public sealed record RecordedLink(int PageIndex, Rect Area, LinkTarget Target, string? AlternateText) : RecordedCall(PageIndex);
public sealed record RecordedAnchor(int PageIndex, string Name, Point Position) : RecordedCall(PageIndex);
public sealed record RecordedBegin(int PageIndex, StructureElement Element) : RecordedCall(PageIndex);
public sealed record RecordedEnd(int PageIndex) : RecordedCall(PageIndex);
public sealed record RecordedArtifact(int PageIndex, ArtifactKind Kind, bool Begin) : RecordedCall(PageIndex);

/// <summary>A node of the structure tree as the calls built it, with the text drawn directly inside it.</summary>
public sealed class RecordedStructure
{
    internal RecordedStructure(StructureElement element, RecordedStructure? parent)
    {
        Element = element;
        Parent = parent;
    }

    public StructureElement Element { get; }
    public StructureRole Role => Element.Role;
    public RecordedStructure? Parent { get; }
    public List<RecordedStructure> Children { get; } = [];
    public List<RecordedText> Texts { get; } = [];
    /// <summary>Children and texts in the order they came.</summary>
    public List<object> Content { get; } = [];

    /// <summary>All text in this element and below, in order, joined.</summary>
    public string AllText => string.Concat(Content.Select(c => c is RecordedText t ? t.Text : ((RecordedStructure)c).AllText));

    public IEnumerable<RecordedStructure> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public override string ToString() => $"{Role} \"{(AllText.Length > 40 ? AllText[..40] + "…" : AllText)}\"";
}

/// <summary>
/// A canvas of every kind (pages, drawing, document) that keeps every call with its position: tests assert layout
/// page by page without a PDF, and <see cref="Problems"/> lists broken promises of the canvas contract
/// (text outside structure and artifacts, unbalanced calls).
/// </summary>
public sealed class RecordingCanvas : ICanvas, IDrawingCanvas, IDocumentCanvas
{
    private readonly Stack<RecordedStructure> open = new();
    private readonly Stack<ArtifactKind> artifacts = new();
    private readonly Stack<(Point Center, double Degrees)> rotations = new();
    private int page = -1;

    public DocumentDescription? Description { get; private set; }
    public List<Size> PageSizes { get; } = [];
    public List<RecordedCall> Calls { get; } = [];
    public List<string> Problems { get; } = [];
    /// <summary>Top-level structure elements (normally one Document).</summary>
    public List<RecordedStructure> Roots { get; } = [];
    public bool Ended { get; private set; }

    public int PageCount => PageSizes.Count;
    public IEnumerable<RecordedText> Texts => Calls.OfType<RecordedText>();
    public IEnumerable<RecordedText> TextsOn(int pageIndex) => Texts.Where(t => t.PageIndex == pageIndex);
    public IEnumerable<RecordedStructure> AllStructures => Roots.SelectMany(r => r.Descendants().Prepend(r));

    /// <summary>The text of a page in drawing order, joined with spaces (body and artifacts).</summary>
    public string PageText(int pageIndex) => string.Join(" ", TextsOn(pageIndex).Select(t => t.Text.Trim()));

    private RecordedStructure? Current => open.Count > 0 ? open.Peek() : null;
    private ArtifactKind? CurrentArtifact => artifacts.Count > 0 ? artifacts.Peek() : null;

    public void BeginDocument(DocumentDescription description) => Description = description;

    public void BeginPage(Size size)
    {
        PageSizes.Add(size);
        page++;
    }

    public void EndPage()
    {
        if (artifacts.Count > 0) Problems.Add($"page {page + 1}: an artifact is still open at the end of the page");
        if (rotations.Count > 0) Problems.Add($"page {page + 1}: a rotation is still open at the end of the page");
    }

    public void EndDocument()
    {
        Ended = true;
        if (open.Count > 0) Problems.Add($"{open.Count} structure element(s) still open at the end of the document");
    }

    public void BeginStructure(StructureElement element)
    {
        if (artifacts.Count > 0) Problems.Add($"page {page + 1}: structure element {element.Role} begun inside an artifact");
        var node = new RecordedStructure(element, Current);
        if (Current is { } parent) { parent.Children.Add(node); parent.Content.Add(node); }
        else Roots.Add(node);
        open.Push(node);
        Calls.Add(new RecordedBegin(page, element));
    }

    public void EndStructure()
    {
        if (open.Count == 0) { Problems.Add($"page {page + 1}: EndStructure without BeginStructure"); return; }
        open.Pop();
        Calls.Add(new RecordedEnd(page));
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        artifacts.Push(kind);
        Calls.Add(new RecordedArtifact(page, kind, true));
    }

    public void EndArtifact()
    {
        if (artifacts.Count == 0) { Problems.Add($"page {page + 1}: EndArtifact without BeginArtifact"); return; }
        Calls.Add(new RecordedArtifact(page, artifacts.Pop(), false));
    }

    public void BeginLink(Rect area, LinkTarget target, string? alternateText)
    {
        Calls.Add(new RecordedLink(page, area, target, alternateText));
        BeginStructure(new StructureElement(StructureRole.Link) { AlternateText = alternateText });
    }

    public void EndLink() => EndStructure();

    public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin)
    {
        if (page < 0) Problems.Add("text drawn before the first page");
        if (Current is null && artifacts.Count == 0) Problems.Add($"page {page + 1}: text \"{text}\" is in neither a structure element nor an artifact");
        var call = new RecordedText(page, text, font, fontSize, color, origin, artifacts.Count > 0 ? null : Current, CurrentArtifact)
        {
            Rotation = rotations.Sum(r => r.Degrees), RotationCenter = rotations.Count > 0 ? rotations.Peek().Center : default,
        };
        if (artifacts.Count == 0 && Current is { } s) { s.Texts.Add(call); s.Content.Add(call); }
        Calls.Add(call);
    }

    public void DrawRectangle(Rect rect, Paint paint) => Calls.Add(new RecordedShape(page, "rectangle", rect, paint, CurrentArtifact));
    public void DrawEllipse(Rect bounds, Paint paint) => Calls.Add(new RecordedShape(page, "ellipse", bounds, paint, CurrentArtifact));

    public void DrawPolygon(IReadOnlyList<Point> points, Paint paint)
    {
        double minX = points.Min(p => p.X), minY = points.Min(p => p.Y);
        Calls.Add(new RecordedShape(page, "polygon", new Rect(minX, minY, points.Max(p => p.X) - minX, points.Max(p => p.Y) - minY), paint, CurrentArtifact));
    }

    public void DrawLine(Point from, Point to, Stroke stroke) => Calls.Add(new RecordedLine(page, from, to, stroke, CurrentArtifact));

    public void DrawImage(Rect rect, ImageData image)
    {
        if (Current is null && artifacts.Count == 0) Problems.Add($"page {page + 1}: image is in neither a structure element nor an artifact");
        Calls.Add(new RecordedImage(page, rect, image, Current, CurrentArtifact));
    }

    public void AddAnchor(string name, Point position) => Calls.Add(new RecordedAnchor(page, name, position));

    public void BeginRotation(Point center, double degrees) => rotations.Push((center, degrees));

    public void EndRotation()
    {
        if (!rotations.TryPop(out _)) Problems.Add($"page {page + 1}: EndRotation without BeginRotation");
    }
}
