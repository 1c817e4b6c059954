using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.Sections;

public enum SectionKind
{
    /// <summary><c>:::cover</c>: the title page, on a page of its own with no running header or page number.</summary>
    Cover,
    /// <summary><c>:::inside-cover</c>: acknowledgements, publisher and licence, in small type.</summary>
    InsideCover,
    /// <summary><c>:::contents</c>: the table of contents, with page numbers and links (filled in by the layout engine).</summary>
    Contents,
}

/// <summary>A part of the report's front matter that the layout sets in its own way.</summary>
public sealed class SectionBlock(SectionKind kind) : CustomContainer(null!)
{
    public SectionKind Kind { get; } = kind;
}
