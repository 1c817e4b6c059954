using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>
/// A backend is sent the calls of the canvas contracts it implements, and those in the same order as a backend of
/// every contract: what a drawing-only or document-only canvas receives is the matching part of a recording.
/// </summary>
public class CanvasContractTests
{
    /// <summary>The pages every test canvas takes, and the calls it is sent written as text, each after its page.</summary>
    private abstract class CallsByPage : ICanvas
    {
        private int page = -1;
        public List<string> Calls { get; } = [];
        public int Pages => page + 1;
        public void BeginPage(Size size) => page++;
        public void EndPage() => Add("end page");
        protected void Add(string call) => Calls.Add($"{page} {call}");
    }

    /// <summary>Pages and marks only (what a raster backend is).</summary>
    private sealed class MarksOnly : CallsByPage, IDrawingCanvas
    {
        public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin) => Add($"text {text} {origin.X:0.##} {origin.Y:0.##}");
        public void DrawRectangle(Rect rect, Paint paint) => Add($"rectangle {rect.X:0.##} {rect.Y:0.##}");
        public void DrawEllipse(Rect bounds, Paint paint) => Add($"ellipse {bounds.X:0.##} {bounds.Y:0.##}");
        public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) => Add($"polygon {points.Min(p => p.X):0.##} {points.Min(p => p.Y):0.##}");
        public void DrawLine(Point from, Point to, Stroke stroke) => Add($"line {from.X:0.##} {from.Y:0.##}");
        public void DrawImage(Rect rect, ImageData image) => Add($"image {rect.X:0.##} {rect.Y:0.##}");
        public void BeginRotation(Point center, double degrees) => Rotations++;
        public void EndRotation() => Rotations--;
        public int Rotations { get; private set; }
    }

    /// <summary>Pages and the tagged document only.</summary>
    /// <remarks>A link is written as <see cref="RecordingCanvas"/> keeps it: the link, then a Link structure element.</remarks>
    private sealed class DocumentOnly : CallsByPage, IDocumentCanvas
    {
        public DocumentDescription? Description { get; private set; }
        public bool Ended { get; private set; }
        public void BeginDocument(DocumentDescription description) => Description = description;
        public void EndDocument() => Ended = true;
        public void BeginStructure(StructureElement element) => Add($"begin {element.Role} {element.Id}");
        public void EndStructure() => Add("end");
        public void BeginArtifact(ArtifactKind kind) => Add($"artifact {kind}");
        public void EndArtifact() => Add("end artifact");
        public void BeginLink(Rect area, LinkTarget target, string? alternateText)
        {
            Add($"link {target.AnchorName ?? target.Uri} {target.PageIndex}");
            BeginStructure(new StructureElement(StructureRole.Link));
        }
        public void EndLink() => EndStructure();
        public void AddAnchor(string name, Point position) => Add($"anchor {name} {position.Y:0.##}");
    }

    /// <summary>
    /// Pages, text and artifacts only (what the page text of <c>diff</c> needs): it implements no member it has no use
    /// for, and is sent the text and the artifacts around it.
    /// </summary>
    private sealed class TextAndArtifactsOnly : CallsByPage, ITextCanvas, IArtifactCanvas
    {
        public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin) => Add($"text {text} {origin.X:0.##} {origin.Y:0.##}");
        public void BeginArtifact(ArtifactKind kind) => Add($"artifact {kind}");
        public void EndArtifact() => Add("end artifact");
    }

    /// <summary>A recording's calls seen through one contract, in the form the canvases above write them.</summary>
    private static List<string> Seen(RecordingCanvas recording, bool marks) => Seen(recording, call => (marks, call) switch
    {
        (true, RecordedText t) => Written(t),
        (true, RecordedShape s) => $"{s.Kind} {s.Bounds.X:0.##} {s.Bounds.Y:0.##}",
        (true, RecordedLine l) => $"line {l.From.X:0.##} {l.From.Y:0.##}",
        (true, RecordedImage i) => $"image {i.Rect.X:0.##} {i.Rect.Y:0.##}",
        (false, RecordedBegin b) => $"begin {b.Element.Role} {b.Element.Id}",
        (false, RecordedEnd) => "end",
        (false, RecordedArtifact a) => Written(a),
        (false, RecordedAnchor a) => $"anchor {a.Name} {a.Position.Y:0.##}",
        (false, RecordedLink l) => $"link {l.Target.AnchorName ?? l.Target.Uri} {l.Target.PageIndex}",
        _ => null,
    });

    /// <summary>A recording's calls as <paramref name="written"/> writes those a canvas takes (null for the others), each after its page.</summary>
    private static List<string> Seen(RecordingCanvas recording, Func<RecordedCall, string?> written)
    {
        var calls = new List<string>();
        int page = 0;
        foreach (var call in recording.Calls)
        {
            for (; page < call.PageIndex; page++) calls.Add($"{page} end page");
            string? line = written(call);
            if (line is not null) calls.Add($"{call.PageIndex} {line}");
        }
        for (; page < recording.PageCount; page++) calls.Add($"{page} end page");
        return calls;
    }

    private static string Written(RecordedText t) => $"text {t.Text} {t.Origin.X:0.##} {t.Origin.Y:0.##}";

    private static string Written(RecordedArtifact a) => a.Begin ? $"artifact {a.Kind}" : "end artifact";

    private static Document KitchenSinkDocument() => Document.Create(TestFonts.Collection, d => KitchenSink.Compose(d));

    /// <summary>The kitchen sink laid out on <paramref name="canvas"/>, and the recording of the same layout to compare with.</summary>
    private static RecordingCanvas GenerateAlongsideARecording(ICanvas canvas)
    {
        var recording = new RecordingCanvas();
        KitchenSinkDocument().Generate(recording);
        KitchenSinkDocument().Generate(canvas);
        return recording;
    }

    [Fact]
    public void DrawingCanvas_WithoutDocument_GetsTheMarksOfARecording_InTheSameOrder()
    {
        var marks = new MarksOnly();
        var recording = GenerateAlongsideARecording(marks);

        Assert.Equal(recording.PageCount, marks.Pages);
        Assert.Equal(Seen(recording, marks: true), marks.Calls);
        Assert.Contains(marks.Calls, c => c.Contains(" text "));
        Assert.Equal(0, marks.Rotations);
    }

    [Fact]
    public void DocumentCanvas_WithoutDrawing_GetsTheStructureOfARecording_InTheSameOrder()
    {
        var document = new DocumentOnly();
        var recording = GenerateAlongsideARecording(document);

        Assert.Equal(recording.PageCount, document.Pages);
        Assert.Equal(Seen(recording, marks: false), document.Calls);
        Assert.True(document.Ended);
        Assert.Equal(recording.Description!.PageCount, document.Description!.PageCount);
        Assert.Equal(recording.Description.Bookmarks.Select(b => b.Title), document.Description.Bookmarks.Select(b => b.Title));
        Assert.NotEmpty(document.Description.Bookmarks);
        Assert.Contains(document.Calls, c => c.Contains(" link "));
        Assert.Contains(document.Calls, c => c.Contains(" anchor "));
    }

    [Fact]
    public void TextAndArtifactCanvas_WithoutDrawingOrDocument_GetsTheTextAndArtifactsOfARecording_InTheSameOrder()
    {
        var canvas = new TextAndArtifactsOnly();
        var recording = GenerateAlongsideARecording(canvas);

        var expected = Seen(recording, call => call switch
        {
            RecordedText t => Written(t),
            RecordedArtifact a => Written(a),
            _ => null,
        });
        Assert.Equal(recording.PageCount, canvas.Pages);
        Assert.Equal(expected, canvas.Calls);
        Assert.Contains(canvas.Calls, c => c.Contains(" text "));
        Assert.Contains(canvas.Calls, c => c.Contains(" artifact "));
    }

    [Fact]
    public void NullCanvas_FinishesEveryPageItBegins()
    {
        var canvas = new NullCanvas();
        Assert.Throws<InvalidOperationException>(canvas.EndPage);
        canvas.BeginPage(Size.A4);
        Assert.Throws<InvalidOperationException>(() => canvas.BeginPage(Size.A4));
        canvas.EndPage();
        Assert.Equal(1, canvas.Pages);
    }
}
