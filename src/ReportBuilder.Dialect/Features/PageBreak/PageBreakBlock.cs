using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.PageBreak;

/// <summary><c>:::page-break</c>: the next block starts a new page.</summary>
public sealed class PageBreakBlock() : CustomContainer(null!)
{
}
