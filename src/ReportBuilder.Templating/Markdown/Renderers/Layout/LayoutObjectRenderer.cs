using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>The base of every renderer of one node type into the layout (as Markdig's HtmlObjectRenderer is for HTML).</summary>
public abstract class LayoutObjectRenderer<TObject> : MarkdownObjectRenderer<LayoutRenderer, TObject> where TObject : MarkdownObject;
