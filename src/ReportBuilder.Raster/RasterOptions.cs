namespace ReportBuilder.Raster;

/// <summary>How pages are rasterised.</summary>
public sealed record RasterOptions
{
    /// <summary>Pixels per inch (default 96; 60 for thumbnails, 150+ for print checks).</summary>
    public double Dpi { get; init; } = 96;

    /// <summary>Paper colour behind every page (default white).</summary>
    public ReportBuilder.Layout.Drawing.Color Background { get; init; } = ReportBuilder.Layout.Drawing.Color.White;

    public static RasterOptions Default { get; } = new();
}
