using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>Renders the Markdig AST of a report into a layout document. (In progress: waits for the engine's Fluent API.)</summary>
public sealed class LayoutRenderer : RendererBase
{
    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return this;
    }
}
