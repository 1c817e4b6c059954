using ReportBuilder.Layout.Drawing;
using SkiaSharp;
using LayoutColor = ReportBuilder.Layout.Drawing.Color;
using LayoutPoint = ReportBuilder.Layout.Drawing.Point;

namespace ReportBuilder.Raster;

/// <summary>
/// Renders each page to a PNG through SkiaSharp, drawing glyphs at the positions the layout measured,
/// for previews and visual tests. A page and drawing canvas only: structure, artifacts, links and anchors carry no
/// pixels, so it is no document canvas and is never sent them.
/// </summary>
/// <remarks>
/// Text uses the same font files as the PDF (<see cref="SKTypeface.FromData(SKData, int)"/>) with
/// subpixel positioning, no hinting and linear metrics, so advances match the layout's unhinted
/// widths. Each finished page is handed to the callback, or collected in <see cref="Pages"/>.
/// The same calls give the same PNG bytes. Not thread-safe; one canvas per document.
/// </remarks>
public sealed class RasterCanvas : ICanvas, IDrawingCanvas, IDisposable
{
    readonly RasterOptions _options;
    readonly Action<int, byte[]>? _onPage;
    readonly List<byte[]> _pages = [];
    readonly Dictionary<FontFace, SKTypeface> _typefaces = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<(SKTypeface, double), SKFont> _fonts = [];
    readonly Dictionary<ImageData, SKImage> _images = new(ReferenceEqualityComparer.Instance);
    readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    SKSurface? _surface;
    int _pageIndex;
    int _openRotations;

    /// <param name="options">Resolution and paper colour.</param>
    /// <param name="onPage">Called with the page index (from 0) and PNG bytes as each page ends; when null the pages are kept in <see cref="Pages"/>.</param>
    public RasterCanvas(RasterOptions? options = null, Action<int, byte[]>? onPage = null)
    {
        _options = options ?? RasterOptions.Default;
        if (_options.Dpi is <= 0 or > 2400)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Dpi, "Dpi must be between 0 and 2400.");
        _onPage = onPage;
    }

    /// <summary>PNG bytes of every finished page, when no callback was given.</summary>
    public IReadOnlyList<byte[]> Pages => _pages;

    float Scale => (float)(_options.Dpi / 72.0);

    public void BeginPage(Size size)
    {
        if (_surface is not null) throw new InvalidOperationException("BeginPage called before EndPage of the previous page.");
        var width = Math.Max(1, (int)Math.Ceiling(size.Width * _options.Dpi / 72.0));
        var height = Math.Max(1, (int)Math.Ceiling(size.Height * _options.Dpi / 72.0));
        _surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque))
                   ?? throw new InvalidOperationException($"Could not allocate a {width}×{height} pixel page.");
        var canvas = _surface.Canvas;
        canvas.Clear(ToSk(_options.Background));
        canvas.Scale(Scale);
    }

    public void EndPage()
    {
        var surface = _surface ?? throw new InvalidOperationException("EndPage without BeginPage.");
        if (_openRotations > 0) throw new InvalidOperationException("A rotation is still open at the end of the page.");
        surface.Canvas.Flush();
        using var pixmap = surface.PeekPixels()
                           ?? throw new InvalidOperationException("The page surface has no readable pixels.");
        // Opaque pages encode as RGB. The Sub filter at zlib level 6 was the fastest tried (about half
        // the time of all filters at level 9) for files within 15% of the smallest.
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))
                         ?? throw new InvalidOperationException($"SkiaSharp could not encode page {_pageIndex + 1} as PNG.");
        var png = data.ToArray();
        surface.Dispose();
        _surface = null;
        if (_onPage is not null) _onPage(_pageIndex, png);
        else _pages.Add(png);
        _pageIndex++;
    }

    public void BeginRotation(LayoutPoint center, double degrees)
    {
        var canvas = Canvas();
        canvas.Save();
        // Skia, like the page, has y pointing down: a positive Skia angle turns clockwise, the contract's counter-clockwise.
        canvas.RotateDegrees((float)-degrees, (float)center.X, (float)center.Y);
        _openRotations++;
    }

    public void EndRotation()
    {
        var canvas = Canvas();
        if (_openRotations == 0) throw new InvalidOperationException("EndRotation without BeginRotation.");
        _openRotations--;
        canvas.Restore();
    }

    public void DrawText(string text, FontFace font, double fontSize, LayoutColor color, LayoutPoint origin)
    {
        var canvas = Canvas();
        if (text.Length == 0) return;
        _fill.Color = ToSk(color);
        canvas.DrawText(text, (float)origin.X, (float)origin.Y, SKTextAlign.Left, Font(font, fontSize), _fill);
    }

    public void DrawRectangle(Rect rect, Paint paint)
    {
        var canvas = Canvas();
        var r = SKRect.Create((float)rect.X, (float)rect.Y, (float)rect.Width, (float)rect.Height);
        if (Fill(paint)) canvas.DrawRect(r, _fill);
        if (Stroke(paint)) canvas.DrawRect(r, _stroke);
    }

    public void DrawEllipse(Rect bounds, Paint paint)
    {
        var canvas = Canvas();
        var r = SKRect.Create((float)bounds.X, (float)bounds.Y, (float)bounds.Width, (float)bounds.Height);
        if (Fill(paint)) canvas.DrawOval(r, _fill);
        if (Stroke(paint)) canvas.DrawOval(r, _stroke);
    }

    public void DrawPolygon(IReadOnlyList<LayoutPoint> points, Paint paint)
    {
        var canvas = Canvas();
        if (points.Count < 2) return;
        using var builder = new SKPathBuilder { FillType = SKPathFillType.Winding };
        builder.MoveTo((float)points[0].X, (float)points[0].Y);
        for (var i = 1; i < points.Count; i++) builder.LineTo((float)points[i].X, (float)points[i].Y);
        builder.Close();
        using var path = builder.Detach();
        if (Fill(paint)) canvas.DrawPath(path, _fill);
        if (Stroke(paint)) canvas.DrawPath(path, _stroke);
    }

    public void DrawLine(LayoutPoint from, LayoutPoint to, Stroke stroke)
    {
        var canvas = Canvas();
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = ToSk(stroke.Color), StrokeWidth = (float)stroke.Width };
        if (stroke.Dash is { Count: > 0 } dash)
        {
            // Skia wants an even count of intervals; PDF repeats an odd array, so do the same.
            var intervals = (dash.Count % 2 == 0 ? dash : dash.Concat(dash)).Select(d => (float)d).ToArray();
            paint.PathEffect = SKPathEffect.CreateDash(intervals, 0);
        }
        canvas.DrawLine((float)from.X, (float)from.Y, (float)to.X, (float)to.Y, paint);
    }

    public void DrawImage(Rect rect, ImageData image)
    {
        var canvas = Canvas();
        if (!_images.TryGetValue(image, out var sk))
        {
            sk = SKImage.FromEncodedData(image.Bytes)
                 ?? throw new InvalidDataException($"Could not decode the {image.Format} image ({image.PixelWidth}×{image.PixelHeight}).");
            _images[image] = sk;
        }
        var dest = SKRect.Create((float)rect.X, (float)rect.Y, (float)rect.Width, (float)rect.Height);
        canvas.DrawImage(sk, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    public void Dispose()
    {
        _surface?.Dispose();
        foreach (var f in _fonts.Values) f.Dispose();
        foreach (var t in _typefaces.Values) t.Dispose();
        foreach (var i in _images.Values) i.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
    }

    SKCanvas Canvas() => _surface?.Canvas ?? throw new InvalidOperationException("No page is open: call BeginPage first.");

    SKFont Font(FontFace face, double size)
    {
        if (!_typefaces.TryGetValue(face, out var typeface))
        {
            using var data = SKData.CreateCopy(face.Data);
            typeface = SKTypeface.FromData(data)
                       ?? throw new InvalidDataException($"SkiaSharp could not read the font '{face.Name}'.");
            _typefaces[face] = typeface;
        }
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            // Unhinted, subpixel, linear metrics: glyph advances as the layout measured them.
            font = new SKFont(typeface, (float)size)
            {
                Subpixel = true,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Edging = SKFontEdging.Antialias,
            };
            _fonts[(typeface, size)] = font;
        }
        return font;
    }

    bool Fill(Paint paint)
    {
        if (paint.Fill is not { } c) return false;
        _fill.Color = ToSk(c);
        return true;
    }

    bool Stroke(Paint paint)
    {
        if (paint.Stroke is not { } c || paint.StrokeWidth <= 0) return false;
        _stroke.Color = ToSk(c);
        _stroke.StrokeWidth = (float)paint.StrokeWidth;
        return true;
    }

    static SKColor ToSk(LayoutColor c) => new(c.R, c.G, c.B, c.A);
}
