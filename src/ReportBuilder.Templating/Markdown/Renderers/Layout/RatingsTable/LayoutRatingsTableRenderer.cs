using ReportBuilder.Dialect.Features.RatingsTable;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.RatingsTable;

/// <summary>Sets the table inside as the ratings page's table (see <see cref="TableLook.Ratings"/>).</summary>
public sealed class LayoutRatingsTableRenderer : LayoutObjectRenderer<RatingsTableBlock>
{
    protected override void Write(LayoutRenderer renderer, RatingsTableBlock block) =>
        renderer.WithTableLook(TableLook.Ratings, () => renderer.WriteChildren(block));
}
