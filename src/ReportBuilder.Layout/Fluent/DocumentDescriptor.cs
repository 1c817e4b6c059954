using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Composes a <see cref="Document"/>: metadata, default styles and sections.</summary>
public sealed class DocumentDescriptor
{
    private readonly Document document;

    internal DocumentDescriptor(Document document) => this.document = document;

    /// <summary>Title, author, language and date of the document (PageCount and Bookmarks are filled in by layout).</summary>
    public DocumentDescriptor Metadata(DocumentDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (string.IsNullOrWhiteSpace(description.Title)) throw new DocumentComposeException("The document needs a title (PDF/UA shows it in the window title).");
        document.Description = description;
        return this;
    }

    /// <summary>The style every text inherits (default: Liberation Sans 11 pt black).</summary>
    public DocumentDescriptor DefaultTextStyle(TextStyle style)
    {
        document.DefaultStyle = style.InheritFrom(TextStyle.Default);
        if (style.FontFamily is { } family) document.Fonts.Resolve(family, false, false);
        return this;
    }

    /// <summary>Style of headings of <paramref name="level"/> (1-4), on top of the default text style.</summary>
    public DocumentDescriptor HeadingStyle(int level, TextStyle style)
    {
        if (level is < 1 or > 4) throw new DocumentComposeException($"Heading level {level} is not supported: use 1 to 4.");
        document.State.HeadingStyles[level - 1] = style;
        return this;
    }

    /// <summary>Style of footnote text at the foot of the page (default 8.5 pt).</summary>
    public DocumentDescriptor FootnoteStyle(TextStyle style)
    {
        document.State.FootnoteStyle = style;
        return this;
    }

    /// <summary>
    /// Sets footnote numbers at <paramref name="points"/> in the text, in tables and in the notes alike, and hangs each
    /// note's text after its number (unset: numbers at 62% of the text around them, no hanging indent).
    /// </summary>
    public DocumentDescriptor FootnoteMarkSize(double points)
    {
        if (!(points is >= 4 and <= 30)) throw new DocumentComposeException($"Footnote mark size {points} must lie between 4 and 30 points.");
        document.State.FootnoteMarkSize = points;
        return this;
    }

    /// <summary>Adds a section: it starts on a new page, with its own page size, margins and running heads.</summary>
    public DocumentDescriptor Section(Action<SectionDescriptor> compose)
    {
        var section = new SectionModel();
        compose(new SectionDescriptor(section, document.State));
        document.Sections.Add(section);
        return this;
    }
}

/// <summary>Composes one section.</summary>
public sealed class SectionDescriptor
{
    private readonly SectionModel section;
    private readonly ComposeState state;

    internal SectionDescriptor(SectionModel section, ComposeState state)
    {
        this.section = section;
        this.state = state;
    }

    public SectionDescriptor Size(Size size)
    {
        if (size.Width <= 0 || size.Height <= 0) throw new DocumentComposeException($"Page size {size.Width}×{size.Height} pt: both must be positive.");
        section.PageSize = size;
        return this;
    }

    public SectionDescriptor Margin(double all) => Margin(all, all, all, all);

    public SectionDescriptor Margin(double left, double top, double right, double bottom)
    {
        if (left < 0 || top < 0 || right < 0 || bottom < 0) throw new DocumentComposeException("Margins must not be negative.");
        if (left + right >= section.PageSize.Width || top + bottom >= section.PageSize.Height)
            throw new DocumentComposeException($"Margins {left}/{top}/{right}/{bottom} pt leave no room on a {section.PageSize.Width:0.#}×{section.PageSize.Height:0.#} pt page (set Size before Margin).");
        (section.MarginLeft, section.MarginTop, section.MarginRight, section.MarginBottom) = (left, top, right, bottom);
        return this;
    }

    /// <summary>Space between the header and the body, and between the body and the footer.</summary>
    public SectionDescriptor HeaderFooterSpacing(double header, double footer)
    {
        section.HeaderSpacing = header;
        section.FooterSpacing = footer;
        return this;
    }

    /// <summary>The running header (an artifact), drawn on every page unless <see cref="FirstPageHeader"/> is set for the first.</summary>
    public IContainer Header() => new Container(state, e => section.Header = e);
    public IContainer FirstPageHeader() => new Container(state, e => section.FirstPageHeader = e);
    public IContainer Footer() => new Container(state, e => section.Footer = e);
    public IContainer FirstPageFooter() => new Container(state, e => section.FirstPageFooter = e);

    /// <summary>A layer behind everything, over the whole page (an artifact).</summary>
    public IContainer Background() => new Container(state, e => section.Background = e);

    /// <summary>A layer above everything, over the whole page: a watermark such as DRAFT (an artifact).</summary>
    public IContainer Foreground() => new Container(state, e => section.Foreground = e);

    /// <summary>The body, flowing over as many pages as it needs.</summary>
    public IContainer Content() => new Container(state, e => section.Content = e);
}
