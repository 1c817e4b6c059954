using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Pdf.Fonts;
using LayoutColor = ReportBuilder.Layout.Drawing.Color;

namespace ReportBuilder.Pdf.Drawing;

/// <summary>
/// The PDFsharp objects a document draws with, made once each: fonts per face and size, brushes per colour, pens per
/// paint or stroke; colours blended opaque for PDF/A, which forbids transparency.
/// </summary>
/// <remarks>One per document, like the canvas that owns it; not thread-safe.</remarks>
internal sealed class GraphicsResources(bool pdfA)
{
    readonly Dictionary<(string Face, double Size), XFont> _fonts = [];
    readonly Dictionary<LayoutColor, XSolidBrush> _brushes = [];
    readonly Dictionary<FontFace, bool> _registered = new(ReferenceEqualityComparer.Instance);

    /// <summary>The faces drawn with so far (each registered with PDFsharp on first use).</summary>
    public IEnumerable<FontFace> Faces => _registered.Keys;

    public XFont Font(FontFace face, double size)
    {
        if (_fonts.TryGetValue((face.Name, size), out var font))
            return font;
        if (_registered.TryAdd(face, true))
            FontRegistry.Instance.Register(face);
        // Unicode encoding: Identity-H with a ToUnicode CMap, so every glyph (★, curly quotes) extracts.
        font = new XFont(face.Name, size, XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
        _fonts[(face.Name, size)] = font;
        return font;
    }

    public XSolidBrush Brush(LayoutColor c)
    {
        if (!_brushes.TryGetValue(c, out var brush))
            _brushes[c] = brush = new XSolidBrush(Color(c));
        return brush;
    }

    /// <summary>The pen and brush of <paramref name="paint"/>; either is null when the paint has no stroke or fill.</summary>
    public (XPen? Pen, XBrush? Brush) Realize(Paint paint)
    {
        var brush = paint.Fill is { } fill ? Brush(fill) : null;
        var pen = paint.Stroke is { } stroke && paint.StrokeWidth > 0 ? new XPen(Color(stroke), paint.StrokeWidth) : null;
        return (pen, brush);
    }

    public XPen Pen(Stroke stroke)
    {
        var pen = new XPen(Color(stroke.Color), stroke.Width);
        if (stroke.Dash is { Count: > 0 } dash && stroke.Width > 0)
        {
            // XPen's dash pattern counts in multiples of the line width.
            var pattern = new double[dash.Count];
            for (var i = 0; i < pattern.Length; i++) pattern[i] = dash[i] / stroke.Width;
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = pattern;
        }
        return pen;
    }

    public XColor Color(LayoutColor c)
    {
        if (c.A == 255) return XColor.FromArgb(c.R, c.G, c.B);
        if (pdfA)
        {
            // PDF/A-1 forbids transparency: blend the colour onto white paper instead.
            byte Blend(byte v) => (byte)Math.Round(255 - (255 - v) * (c.A / 255.0));
            return XColor.FromArgb(Blend(c.R), Blend(c.G), Blend(c.B));
        }
        return XColor.FromArgb(c.A, c.R, c.G, c.B);
    }
}
