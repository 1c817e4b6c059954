using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.KeepTogether;

/// <summary>
/// <c>:::keep-together</c>: its blocks go on one page (a signature, a short table).
/// <c>:::keep-with-next</c>: its blocks stay on the page of the block that follows (a lead-in before a table or list).
/// </summary>
public sealed class KeepTogetherBlock(bool withNext) : CustomContainer(null!)
{
    public bool WithNext { get; } = withNext;
}
