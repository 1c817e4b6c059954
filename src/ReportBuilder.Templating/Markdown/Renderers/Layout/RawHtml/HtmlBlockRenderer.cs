using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Dialect.Features.RawHtml;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.RawHtml;

/// <summary>Raw HTML is dropped (the Markdown checks have warned about it).</summary>
public sealed class HtmlBlockRenderer : LayoutObjectRenderer<HtmlBlock>
{
    protected override void Write(LayoutRenderer renderer, HtmlBlock block) { }
}
