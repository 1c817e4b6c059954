using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.PageBreak;

/// <summary>Turns <c>:::page-break</c> containers into <see cref="PageBreakBlock"/>s.</summary>
public sealed class PageBreakExtension() : ContainerBlockExtension<PageBreakBlock, LayoutPageBreakRenderer>(Name)
{
    public const string Name = "page-break";
}
