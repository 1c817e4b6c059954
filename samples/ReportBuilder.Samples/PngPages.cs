using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Raster;

namespace ReportBuilder.Samples;

/// <summary>Writes the first pages as PNG through the raster backend (the same layout as the PDF).</summary>
internal static class PngPages
{
    public static void Write(Document document, string outFolder, int pages)
    {
        using var raster = new RasterCanvas(new RasterOptions { Dpi = 96 }, (index, png) =>
        {
            var path = Path.Combine(outFolder, $"sample-page-{index + 1}.png");
            File.WriteAllBytes(path + ".tmp", png);
            File.Move(path + ".tmp", path, overwrite: true);
            Console.WriteLine(path);
        });
        document.Generate(new FirstPagesCanvas(raster, pages));
    }

    /// <summary>Forwards the pages and drawing of the first <paramref name="count"/> pages only (rasterising 100 pages to look at 3 is waste).</summary>
    private sealed class FirstPagesCanvas(RasterCanvas inner, int count) : ICanvas, IDrawingCanvas
    {
        private int page = -1;
        private bool On => page < count;

        public void BeginPage(Size size) { page++; if (On) inner.BeginPage(size); }
        public void EndPage() { if (On) inner.EndPage(); }
        public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin) { if (On) inner.DrawText(text, font, fontSize, color, origin); }
        public void DrawRectangle(Rect rect, Paint paint) { if (On) inner.DrawRectangle(rect, paint); }
        public void DrawEllipse(Rect bounds, Paint paint) { if (On) inner.DrawEllipse(bounds, paint); }
        public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) { if (On) inner.DrawPolygon(points, paint); }
        public void DrawLine(Point from, Point to, Stroke stroke) { if (On) inner.DrawLine(from, to, stroke); }
        public void DrawImage(Rect rect, ImageData image) { if (On) inner.DrawImage(rect, image); }
        public void BeginRotation(Point center, double degrees) { if (On) inner.BeginRotation(center, degrees); }
        public void EndRotation() { if (On) inner.EndRotation(); }
    }
}
