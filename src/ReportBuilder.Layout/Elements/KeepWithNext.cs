using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Marks the child as staying on the page of the start of what follows it (see <see cref="Column"/>).</summary>
internal sealed class KeepWithNext : ContainerElement
{
    public override bool KeepsWithNext => true;
}
