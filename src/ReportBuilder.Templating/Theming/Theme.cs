using ReportBuilder.Core.Ratings;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Templating.Theming;

/// <summary>
/// How a template set's report looks: page, fonts, sizes, colours and spacing, read from its <c>theme.yaml</c>.
/// A publications officer changes these without touching C#; every length is in points (1/72 inch).
/// </summary>
public sealed record Theme
{
    public PageTheme Page { get; init; } = new();
    public TextTheme Text { get; init; } = new();
    public IReadOnlyList<HeadingTheme> Headings { get; init; } = HeadingTheme.Defaults;
    public CoverTheme Cover { get; init; } = new();
    public TableTheme Tables { get; init; } = new();
    public BoxTheme RatingBox { get; init; } = new();
    public QuoteTheme Quotes { get; init; } = new();
    public ChartTheme Chart { get; init; } = new();
    public FootnoteTheme Footnotes { get; init; } = new();
    public IReadOnlyDictionary<Rating, RatingStyle> Ratings { get; init; } = RatingStyle.Defaults;
    public FittingTheme Fitting { get; init; } = new();

    /// <summary>The heading style of a level from 1; levels past the last defined reuse the last.</summary>
    public HeadingTheme Heading(int level) => Headings[Math.Clamp(level, 1, Headings.Count) - 1];

    public RatingStyle Rating(Rating rating) => Ratings[rating];
}

/// <param name="Header">Running header, a Scriban template over the report model; empty for none. Never on the cover.</param>
/// <param name="Footer">Running footer; <c>{page}</c> stands for the page number.</param>
public sealed record PageTheme
{
    public Size Size { get; init; } = Size.A4;
    public double MarginTop { get; init; } = 72;
    public double MarginRight { get; init; } = 62;
    public double MarginBottom { get; init; } = 62;
    public double MarginLeft { get; init; } = 62;
    public string Header { get; init; } = "";
    public string Footer { get; init; } = "{page}";
    public double HeaderSize { get; init; } = 8.5;
    public Color HeaderColour { get; init; } = new(0x4D, 0x4D, 0x4D);
}

/// <param name="Family">Body family; its regular, bold, italic and bold italic faces must be in the font folder.</param>
/// <param name="SymbolFamily">Family for glyphs the body lacks (rating symbols).</param>
public sealed record TextTheme
{
    public string Family { get; init; } = "Liberation Sans";
    public string SymbolFamily { get; init; } = "DejaVu Sans";
    public double Size { get; init; } = 11;
    /// <summary>Small print: the inside cover, its headings in bold.</summary>
    public double SmallSize { get; init; } = 8.5;
    public double LineHeight { get; init; } = 1.35;
    public Color Colour { get; init; } = new(0x1A, 0x1A, 0x1A);
    public Color LinkColour { get; init; } = new(0x1D, 0x4F, 0x91);
    public double ParagraphSpacing { get; init; } = 8;
    public double ListIndent { get; init; } = 18;
    public double ListItemSpacing { get; init; } = 4;
    public bool Justify { get; init; }
}

/// <param name="PageBreakBefore">Starts a new page (chapters).</param>
/// <param name="FirstOnParentPage">
/// With <see cref="PageBreakBefore"/>: the first heading of this level after a heading of a higher level starts no new
/// page, so a chapter's first section shares the page of the chapter's heading and introduction (standards).
/// </param>
/// <param name="Suffix">Printed after a narrative heading (the report's "Strengths:").</param>
public sealed record HeadingTheme
{
    public double Size { get; init; } = 11;
    public Color Colour { get; init; } = new(0x4A, 0x22, 0x67);
    public bool Bold { get; init; } = true;
    public double SpaceBefore { get; init; } = 12;
    public double SpaceAfter { get; init; } = 6;
    public bool PageBreakBefore { get; init; }
    public bool FirstOnParentPage { get; init; }

    public static IReadOnlyList<HeadingTheme> Defaults { get; } =
    [
        new() { Size = 21, SpaceBefore = 0, SpaceAfter = 14, PageBreakBefore = true },
        new() { Size = 15, SpaceBefore = 16, SpaceAfter = 8 },
        new() { Size = 11, SpaceBefore = 12, SpaceAfter = 6 },
        new() { Size = 11, SpaceBefore = 10, SpaceAfter = 4 },
    ];
}

/// <summary>
/// The cover: a white page with the logo slot at the top and, from <see cref="Top"/> down, a band of
/// <see cref="Background"/> across the full width of the page holding the title block in <see cref="Colour"/>.
/// </summary>
/// <param name="LogoHeight">The logo slot's height at the top of the page, kept free when the cover has no logo.</param>
/// <param name="BandHeight">The band's least height; it grows with a title block that needs more.</param>
public sealed record CoverTheme
{
    public Color Background { get; init; } = new(0x4A, 0x22, 0x67);
    public Color Colour { get; init; } = Color.White;
    public double LeadSize { get; init; } = 21;
    public double TitleSize { get; init; } = 44;
    public double BylineSize { get; init; } = 15;
    /// <summary>Distance from the top of the page to the band that holds the title block.</summary>
    public double Top { get; init; } = 250;
    public double LogoHeight { get; init; } = 64;
    public double BandHeight { get; init; } = 300;
}

public sealed record TableTheme
{
    public Color HeaderBackground { get; init; } = new(0x4A, 0x22, 0x67);
    public Color HeaderColour { get; init; } = Color.White;
    public Color GroupBackground { get; init; } = new(0xEC, 0xE6, 0xF0);
    public Color BorderColour { get; init; } = new(0xB8, 0xB0, 0xC0);
    public double BorderWidth { get; init; } = 0.5;
    public double CellPadding { get; init; } = 5;
    /// <summary>Tables, the contents' entries and the chart's title.</summary>
    public double Size { get; init; } = 10;
}

public sealed record BoxTheme
{
    public Color Background { get; init; } = new(0xF3, 0xF0, 0xF6);
    public Color BorderColour { get; init; } = new(0x4A, 0x22, 0x67);
    public double BorderWidth { get; init; } = 1;
    public double Padding { get; init; } = 9;
    public double RatingSize { get; init; } = 11;
}

public sealed record QuoteTheme
{
    public Color Colour { get; init; } = new(0x33, 0x33, 0x33);
    public Color RuleColour { get; init; } = new(0x4A, 0x22, 0x67);
    public double RuleWidth { get; init; } = 3;
    public double Indent { get; init; } = 18;
    public bool Italic { get; init; } = true;
    /// <summary>Opening and closing marks printed around each survey quote.</summary>
    public string Open { get; init; } = "\u201C";
    public string Close { get; init; } = "\u201D";
}

public sealed record ChartTheme
{
    public Color BarColour { get; init; } = new(0x4A, 0x22, 0x67);
    public Color AxisColour { get; init; } = new(0x59, 0x59, 0x59);
    /// <summary>The value axis's gridlines: light, so that the columns stand out in greyscale too.</summary>
    public Color GridColour { get; init; } = new(0xC8, 0xC8, 0xC8);
    public double Height { get; init; } = 170;
    public double LabelSize { get; init; } = 8.5;
    public string Title { get; init; } = "How children rated the service they received (score out of 10)";
    public string AxisLabel { get; init; } = "Number of children";

    /// <summary>The chart's words: the set's <c>strings.yaml</c>, else this theme's title and axis label.</summary>
    public Dialect.Features.SurveyChart.SurveyChartWording Wording(IReadOnlyDictionary<string, string> strings) =>
        Dialect.Features.SurveyChart.SurveyChartWording.From(strings, new("Figure", Title, AxisLabel, "Score"));
}

/// <param name="MarkSize">Size of footnote numbers, in the text and in the notes alike (unset: 62% of the text around them).</param>
public sealed record FootnoteTheme
{
    public double Size { get; init; } = 8.5;
    public double? MarkSize { get; init; } = 8.5;
    public Color Colour { get; init; } = new(0x1A, 0x1A, 0x1A);
}

/// <summary>
/// Fitting a run of pages (what lies between two page breaks: a standard) onto one page less: when its last page would
/// hold at most <see cref="MaxLines"/> lines of body text, the run is set tighter so they move up.
/// </summary>
/// <param name="MaxLines">The most lines of overflow that are fitted; 0 turns fitting off.</param>
/// <param name="MinLineHeight">The tightest line height (a multiple of the text size, like <c>text.line_height</c>).</param>
/// <param name="MinSpacing">The share of the space between blocks (paragraph spacing, list gaps) that must remain.</param>
public sealed record FittingTheme
{
    public double MaxLines { get; init; }
    public double MinLineHeight { get; init; } = 1.2;
    public double MinSpacing { get; init; } = 0.5;
}

/// <param name="Label">The rating as printed.</param>
/// <param name="Symbol">A glyph printed beside the word, so the meaning never rests on colour alone.</param>
/// <param name="SymbolName">What the symbol is, for alternative text and templates ("star").</param>
public sealed record RatingStyle(string Label, Color Colour, string Symbol, string SymbolName)
{
    /// <summary>
    /// The vector shape the PDF draws for <see cref="SymbolName"/> (star, circle, triangle, square), so no symbol font is
    /// needed; null for another name, whose <see cref="Symbol"/> glyph is printed from the theme's symbol family as before.
    /// </summary>
    public Layout.Drawing.SymbolShape? Shape => SymbolName.Trim().ToLowerInvariant() switch
    {
        "star" => Layout.Drawing.SymbolShape.Star,
        "circle" => Layout.Drawing.SymbolShape.Circle,
        "triangle" => Layout.Drawing.SymbolShape.Triangle,
        "square" => Layout.Drawing.SymbolShape.Square,
        _ => null,
    };

    public static IReadOnlyDictionary<Rating, RatingStyle> Defaults { get; } = new Dictionary<Rating, RatingStyle>
    {
        [Core.Ratings.Rating.Outstanding] = new("Outstanding", new(0x00, 0x70, 0x3C), "\u2605", "star"),
        [Core.Ratings.Rating.Good] = new("Good", new(0x00, 0x5E, 0x7A), "\u25CF", "circle"),
        [Core.Ratings.Rating.RequiresImprovement] = new("Requires improvement", new(0x9A, 0x4A, 0x00), "\u25B2", "triangle"),
        [Core.Ratings.Rating.Inadequate] = new("Inadequate", new(0xB1, 0x0E, 0x1E), "\u25A0", "square"),
    };
}
