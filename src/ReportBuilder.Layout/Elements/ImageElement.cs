using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

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
