using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Dot leaders, as in a contents line between the title and its page number.</summary>
public static class LeaderExtensions
{
    /// <summary>The paragraph put here is followed by dot leaders to the right edge of its space (decoration).</summary>
    public static IContainer DotLeaders(this IContainer container) => container.Slot().Decorate(new DotLeaders(), "dot leaders");
}
