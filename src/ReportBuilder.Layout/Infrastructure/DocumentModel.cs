using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>One section: page size, margins, running heads, layers and content.</summary>
internal sealed class SectionModel
{
    public Size PageSize { get; set; } = Size.A4;
    public double MarginLeft { get; set; } = 56.7;
    public double MarginTop { get; set; } = 56.7;
    public double MarginRight { get; set; } = 56.7;
    public double MarginBottom { get; set; } = 56.7;
    public double HeaderSpacing { get; set; } = 12;
    public double FooterSpacing { get; set; } = 12;
    public Element? Header { get; set; }
    public Element? FirstPageHeader { get; set; }
    public Element? Footer { get; set; }
    public Element? FirstPageFooter { get; set; }
    public Element? Background { get; set; }
    public Element? Foreground { get; set; }
    public Element Content { get; set; } = EmptyElement.Instance;
}

/// <summary>A heading known at compose time (so the contents can list it before it is laid out).</summary>
internal sealed record HeadingInfo(int Level, string Title, string Anchor);

/// <summary>What is counted while the document is composed: footnote numbers, headings, anchor names.</summary>
internal sealed class ComposeState
{
    public int FootnoteCount { get; set; }
    public int HeadingCount { get; set; }
    public int ListDepth { get; set; }
    /// <summary>Something refers to page numbers or anchors (total pages, contents, links): layout needs more than one pass.</summary>
    public bool UsesPageReferences { get; set; }
    public List<HeadingInfo> Headings { get; } = [];
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);
    public TextStyle[] HeadingStyles { get; } =
    [
        new() { FontSize = 20, Bold = true },
        new() { FontSize = 16, Bold = true },
        new() { FontSize = 13, Bold = true },
        new() { FontSize = 11.5, Bold = true },
    ];
    public TextStyle FootnoteStyle { get; set; } = new() { FontSize = 8.5 };
    /// <summary>Size of footnote numbers, in the text and in the note alike; null: 62% of the text around them (and no hanging indent).</summary>
    public double? FootnoteMarkSize { get; set; }

    public void AddAnchor(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DocumentComposeException("An anchor name must not be empty.");
        if (!Anchors.Add(name)) throw new DocumentComposeException($"The anchor '{name}' is defined twice; anchor names must be unique.");
    }
}
