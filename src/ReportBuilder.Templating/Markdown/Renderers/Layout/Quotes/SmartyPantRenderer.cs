using Markdig.Extensions.SmartyPants;
using ReportBuilder.Dialect.Features.Quotes;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Quotes;

/// <summary>A quote or apostrophe SmartyPants recognised, printed curly (see <see cref="TypographicQuotes"/>).</summary>
public sealed class SmartyPantRenderer : LayoutObjectRenderer<SmartyPant>
{
    protected override void Write(LayoutRenderer renderer, SmartyPant inline) => renderer.Span(TypographicQuotes.Text(inline));
}
