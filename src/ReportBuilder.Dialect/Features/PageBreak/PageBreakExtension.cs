using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.PageBreak;

/// <summary>Turns <c>:::page-break</c> containers into <see cref="PageBreakBlock"/>s.</summary>
public sealed class PageBreakExtension() : ContainerBlockExtension<PageBreakBlock>(Name)
{
    public const string Name = "page-break";
}
