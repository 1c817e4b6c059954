using ReportBuilder.Dialect.Features.KeepTogether;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.KeepTogether;

/// <summary>Keep-together: the blocks are never split across pages. Keep-with-next: they stay on the page where the next block starts.</summary>
public sealed class LayoutKeepTogetherRenderer : LayoutObjectRenderer<KeepTogetherBlock>
{
    protected override void Write(LayoutRenderer renderer, KeepTogetherBlock block)
    {
        var item = renderer.Item();
        // A kept-together group (a signature) stands a little apart from the text before it.
        item = block.WithNext ? item.KeepWithNext() : item.PaddingTop(renderer.Theme.Text.ParagraphSpacing).KeepTogether();
        item.Column(column => renderer.WriteInto(column, block));
    }
}
