using System.Buffers.Binary;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>Reads the pixel size of PNG and JPEG files from their headers.</summary>
public static class ImageReader
{
    /// <exception cref="InvalidDataException">Not a PNG or JPEG, or a damaged header; the message names <paramref name="source"/>.</exception>
    public static ImageData Read(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 24 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G')
        {
            int w = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), h = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
            if (w <= 0 || h <= 0) throw new InvalidDataException($"{source}: PNG header gives size {w}×{h}.");
            return new ImageData(bytes, ImageFormat.Png, w, h);
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            int i = 2;
            while (i + 9 < bytes.Length)
            {
                if (bytes[i] != 0xFF) { i++; continue; }
                byte marker = bytes[i + 1];
                if (marker == 0xFF) { i++; continue; }
                if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
                int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    int h = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5)), w = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7));
                    if (w <= 0 || h <= 0) throw new InvalidDataException($"{source}: JPEG frame gives size {w}×{h}.");
                    return new ImageData(bytes, ImageFormat.Jpeg, w, h);
                }
                i += 2 + length;
            }
            throw new InvalidDataException($"{source}: JPEG without a frame header (SOF).");
        }
        throw new InvalidDataException($"{source}: not a PNG or JPEG file (unknown signature).");
    }
}

/// <summary>A raster image scaled to a width (or the available width), keeping its aspect ratio; a Figure with alt text, or an artifact when decorative.</summary>
internal sealed class ImageElement : Element
{
    private bool done;
    public required ImageData Image { get; init; }
    public double? Width { get; init; }
    /// <summary>Alternative text; null marks the image as decoration.</summary>
    public string? AlternateText { get; init; }

    public override void ResetState() => done = false;
    public override double? IntrinsicWidth(LayoutContext context) => Width ?? Image.PixelWidth * 0.75;

    private Size Fit(Size available, bool shrinkToHeight)
    {
        double w = Math.Min(Width ?? available.Width, available.Width);
        double h = w * Image.PixelHeight / Image.PixelWidth;
        if (shrinkToHeight && h > available.Height) { h = available.Height; w = h * Image.PixelWidth / Image.PixelHeight; }
        return new Size(w, h);
    }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (done) return SpacePlan.Empty;
        var size = Fit(available, context.AtPageTop);
        return size.Height <= available.Height + 1e-6 ? SpacePlan.Full(size.Width, size.Height) : SpacePlan.Wrap($"image {Image.PixelWidth}×{Image.PixelHeight} px needs {size.Height:0.#} pt");
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        if (done) return;
        done = true;
        var size = Fit(available, context.AtPageTop);
        bool figure = AlternateText is not null && context.BeginStructure(new StructureElement(StructureRole.Figure) { AlternateText = AlternateText });
        if (AlternateText is null) context.BeginArtifact(ArtifactKind.Layout);
        context.DrawImage(new Rect(origin.X, origin.Y, size.Width, size.Height), Image);
        if (AlternateText is null) context.EndArtifact();
        if (figure) context.EndStructure();
        context.MarkContent();
    }
}

/// <summary>A shape of a vector drawing, in the drawing's own coordinates.</summary>
internal abstract record Shape;
internal sealed record RectShape(Rect Rect, Paint Paint) : Shape;
internal sealed record EllipseShape(Rect Rect, Paint Paint) : Shape;
internal sealed record LineShape(Point From, Point To, Stroke Stroke) : Shape;
internal sealed record PolygonShape(IReadOnlyList<Point> Points, Paint Paint) : Shape;
internal sealed record TextShape(Point Origin, string Text, TextStyle Style, TextAnchor Anchor) : Shape;

/// <summary>A vector drawing (a chart): shapes and text in a box of fixed size, scaled down to the width if needed; a Figure with alt text.</summary>
internal sealed class DrawingElement : Element
{
    private bool done;
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required string AlternateText { get; init; }
    public List<Shape> Shapes { get; } = [];

    public override void ResetState() => done = false;
    public override double? IntrinsicWidth(LayoutContext context) => Width;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (done) return SpacePlan.Empty;
        double scale = Math.Min(1, available.Width / Width);
        double h = Height * scale;
        return h <= available.Height + 1e-6 ? SpacePlan.Full(Width * scale, h) : SpacePlan.Wrap($"drawing \"{AlternateText}\" needs {h:0.#} pt");
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        if (done) return;
        done = true;
        double s = Math.Min(1, available.Width / Width);
        Point P(Point p) => new(origin.X + p.X * s, origin.Y + p.Y * s);
        Rect R(Rect r) => new(origin.X + r.X * s, origin.Y + r.Y * s, r.Width * s, r.Height * s);
        bool figure = context.BeginStructure(new StructureElement(StructureRole.Figure) { AlternateText = AlternateText });
        foreach (var shape in Shapes)
        {
            switch (shape)
            {
                case RectShape r: context.DrawRectangle(R(r.Rect), r.Paint); break;
                case EllipseShape e: context.DrawEllipse(R(e.Rect), e.Paint); break;
                case LineShape l: context.DrawLine(P(l.From), P(l.To), l.Stroke with { Width = l.Stroke.Width * s }); break;
                case PolygonShape g: context.DrawPolygon(g.Points.Select(P).ToList(), g.Paint); break;
                case TextShape t: DrawText(context, t, P(t.Origin), s); break;
            }
        }
        if (figure) context.EndStructure();
        context.MarkContent();
    }

    private static void DrawText(LayoutContext context, TextShape t, Point at, double scale)
    {
        var style = t.Style.InheritFrom(context.DefaultStyle);
        var paragraph = new Paragraph { Role = null, Style = style with { FontSize = style.FontSize * scale } };
        paragraph.Inlines.Add(new TextInline(t.Text));
        var layout = paragraph.GetLayout(context, 1e7);
        if (layout.Lines.Count == 0) return;
        var line = layout.Lines[0];
        double x = at.X - t.Anchor switch { TextAnchor.Middle => line.Width / 2, TextAnchor.End => line.Width, _ => 0 };
        // Draw at the given baseline: the paragraph draws from a line top.
        paragraph.DrawLines(context, 0, 1, new Point(x, at.Y - line.Baseline), 1e7);
    }
}

/// <summary>Large text centred in the space, by default along its rising diagonal (a DRAFT watermark on the foreground layer).</summary>
internal sealed class Watermark : Element
{
    public required string Text { get; init; }
    public TextStyle Style { get; init; } = new() { FontSize = 96, Bold = true, Color = new Color(200, 200, 200, 110) };
    /// <summary>Degrees counter-clockwise; null: the diagonal from the bottom-left to the top-right corner of the space.</summary>
    public double? Angle { get; init; }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) => SpacePlan.Full(available.Width, available.Height);

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var style = Style.InheritFrom(context.DefaultStyle);
        var face = context.Fonts.Resolve(style.FontFamily!, style.Bold == true, style.Italic == true);
        double size = style.FontSize!.Value;
        double degrees = Angle ?? Math.Atan2(available.Height, available.Width) * 180 / Math.PI;
        double radians = degrees * Math.PI / 180;
        // The turned text must fit in 90% of the space both across and down.
        double w = face.MeasureWidth(Text, size);
        double across = w * Math.Abs(Math.Cos(radians)), down = w * Math.Abs(Math.Sin(radians));
        double shrink = Math.Min(1, Math.Min(across > 0 ? available.Width * 0.9 / across : 1, down > 0 ? available.Height * 0.9 / down : 1));
        if (shrink < 1) { size *= shrink; w = face.MeasureWidth(Text, size); }
        var center = new Point(origin.X + available.Width / 2, origin.Y + available.Height / 2);
        double baseline = center.Y + face.Metrics.CapHeight * size / 2;
        bool turned = Math.Abs(degrees) > 1e-9;
        if (turned) context.BeginRotation(center, degrees);
        context.DrawText(Text, face, size, style.Color!.Value, new Point(center.X - w / 2, baseline));
        if (turned) context.EndRotation();
    }
}
