using ReportBuilder.Layout;

namespace ReportBuilder.Samples;

/// <summary>PNG pages through the raster backend (when the branch that provides it is merged).</summary>
internal static class PngPages
{
    public static void Write(Document document, string outFolder, int pages)
    {
        Console.WriteLine("PNG output: the raster backend is not merged yet; use pdftoppm -png -r 60 on sample.pdf meanwhile.");
    }
}
