using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Layout.Drawing;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Templating.Theming;

/// <summary>Reads a template set's <c>theme.yaml</c>; anything not given keeps the default of <see cref="Theme"/>.</summary>
/// <remarks>Unknown keys are warnings (with a did-you-mean), bad values errors; both name file, line and column.</remarks>
public static class ThemeLoader
{
    public static Theme Load(string text, string file, DiagnosticBag diagnostics)
    {
        var y = new YamlReader(file, diagnostics);
        var root = y.Parse(text);
        var theme = new Theme();
        if (root is null) return theme;

        y.Read(root, "the theme", new Dictionary<string, Action<YamlNode>>
        {
            ["page"] = n => theme = theme with { Page = ReadPage(y, n, theme.Page) },
            ["text"] = n => theme = theme with { Text = ReadText(y, n, theme.Text) },
            ["headings"] = n => theme = theme with { Headings = ReadHeadings(y, n, theme.Headings) },
            ["cover"] = n => theme = theme with { Cover = ReadCover(y, n, theme.Cover) },
            ["tables"] = n => theme = theme with { Tables = ReadTables(y, n, theme.Tables) },
            ["rating_box"] = n => theme = theme with { RatingBox = ReadBox(y, n, theme.RatingBox) },
            ["quotes"] = n => theme = theme with { Quotes = ReadQuotes(y, n, theme.Quotes) },
            ["chart"] = n => theme = theme with { Chart = ReadChart(y, n, theme.Chart) },
            ["footnotes"] = n => theme = theme with { Footnotes = ReadFootnotes(y, n, theme.Footnotes) },
            ["ratings"] = n => theme = theme with { Ratings = ReadRatings(y, n, theme.Ratings) },
            ["fitting"] = n => theme = theme with { Fitting = ReadFitting(y, n, theme.Fitting) },
        });
        return theme;
    }

    private static PageTheme ReadPage(YamlReader y, YamlNode node, PageTheme page)
    {
        if (y.Mapping(node, "page") is not { } map) return page;
        y.Read(map, "page", new Dictionary<string, Action<YamlNode>>
        {
            ["size"] = n =>
            {
                var s = y.String(n, "page.size");
                if (s == "A4") page = page with { Size = Size.A4 };
                else if (s is not null) y.Diagnostics.Error(y.SpanOf(n), DiagnosticCodes.ThemeUnknownPageSize, $"Unknown page size '{s}': expected A4.");
            },
            ["margin"] = n =>
            {
                if (y.Mapping(n, "page.margin") is not { } m) return;
                y.Read(m, "page.margin", new Dictionary<string, Action<YamlNode>>
                {
                    ["top"] = v => page = page with { MarginTop = y.Number(v, "page.margin.top", 0, 300) ?? page.MarginTop },
                    ["right"] = v => page = page with { MarginRight = y.Number(v, "page.margin.right", 0, 300) ?? page.MarginRight },
                    ["bottom"] = v => page = page with { MarginBottom = y.Number(v, "page.margin.bottom", 0, 300) ?? page.MarginBottom },
                    ["left"] = v => page = page with { MarginLeft = y.Number(v, "page.margin.left", 0, 300) ?? page.MarginLeft },
                });
            },
            ["header"] = n => page = page with { Header = y.String(n, "page.header") ?? page.Header },
            ["footer"] = n => page = page with { Footer = y.String(n, "page.footer") ?? page.Footer },
            ["header_size"] = n => page = page with { HeaderSize = y.Number(n, "page.header_size", 4, 30) ?? page.HeaderSize },
            ["header_colour"] = n => page = page with { HeaderColour = y.Colour(n, "page.header_colour") ?? page.HeaderColour },
        });
        return page;
    }

    private static TextTheme ReadText(YamlReader y, YamlNode node, TextTheme t)
    {
        if (y.Mapping(node, "text") is not { } map) return t;
        y.Read(map, "text", new Dictionary<string, Action<YamlNode>>
        {
            ["family"] = n => t = t with { Family = y.String(n, "text.family") ?? t.Family },
            ["symbol_family"] = n => t = t with { SymbolFamily = y.String(n, "text.symbol_family") ?? t.SymbolFamily },
            ["size"] = n => t = t with { Size = y.Number(n, "text.size", 4, 40) ?? t.Size },
            ["small_size"] = n => t = t with { SmallSize = y.Number(n, "text.small_size", 4, 40) ?? t.SmallSize },
            ["line_height"] = n => t = t with { LineHeight = y.Number(n, "text.line_height", 0.8, 3) ?? t.LineHeight },
            ["colour"] = n => t = t with { Colour = y.Colour(n, "text.colour") ?? t.Colour },
            ["link_colour"] = n => t = t with { LinkColour = y.Colour(n, "text.link_colour") ?? t.LinkColour },
            ["paragraph_spacing"] = n => t = t with { ParagraphSpacing = y.Number(n, "text.paragraph_spacing", 0, 100) ?? t.ParagraphSpacing },
            ["list_indent"] = n => t = t with { ListIndent = y.Number(n, "text.list_indent", 0, 100) ?? t.ListIndent },
            ["list_item_spacing"] = n => t = t with { ListItemSpacing = y.Number(n, "text.list_item_spacing", 0, 100) ?? t.ListItemSpacing },
            ["justify"] = n => t = t with { Justify = y.Boolean(n, "text.justify") ?? t.Justify },
        });
        return t;
    }

    private static IReadOnlyList<HeadingTheme> ReadHeadings(YamlReader y, YamlNode node, IReadOnlyList<HeadingTheme> headings)
    {
        if (y.Mapping(node, "headings") is not { } map) return headings;
        var list = headings.ToList();
        var handlers = new Dictionary<string, Action<YamlNode>>();
        for (var level = 1; level <= 4; level++)
        {
            var index = level - 1;
            var name = $"h{level}";
            handlers[name] = n =>
            {
                if (y.Mapping(n, $"headings.{name}") is not { } m) return;
                var h = list[index];
                y.Read(m, $"headings.{name}", new Dictionary<string, Action<YamlNode>>
                {
                    ["size"] = v => h = h with { Size = y.Number(v, $"headings.{name}.size", 4, 80) ?? h.Size },
                    ["colour"] = v => h = h with { Colour = y.Colour(v, $"headings.{name}.colour") ?? h.Colour },
                    ["bold"] = v => h = h with { Bold = y.Boolean(v, $"headings.{name}.bold") ?? h.Bold },
                    ["space_before"] = v => h = h with { SpaceBefore = y.Number(v, $"headings.{name}.space_before", 0, 200) ?? h.SpaceBefore },
                    ["space_after"] = v => h = h with { SpaceAfter = y.Number(v, $"headings.{name}.space_after", 0, 200) ?? h.SpaceAfter },
                    ["page_break_before"] = v => h = h with { PageBreakBefore = y.Boolean(v, $"headings.{name}.page_break_before") ?? h.PageBreakBefore },
                    ["first_on_parent_page"] = v => h = h with { FirstOnParentPage = y.Boolean(v, $"headings.{name}.first_on_parent_page") ?? h.FirstOnParentPage },
                });
                list[index] = h;
            };
        }
        y.Read(map, "headings", handlers);
        return list;
    }

    private static CoverTheme ReadCover(YamlReader y, YamlNode node, CoverTheme c)
    {
        if (y.Mapping(node, "cover") is not { } map) return c;
        y.Read(map, "cover", new Dictionary<string, Action<YamlNode>>
        {
            ["background"] = n => c = c with { Background = y.Colour(n, "cover.background") ?? c.Background },
            ["colour"] = n => c = c with { Colour = y.Colour(n, "cover.colour") ?? c.Colour },
            ["lead_size"] = n => c = c with { LeadSize = y.Number(n, "cover.lead_size", 4, 100) ?? c.LeadSize },
            ["title_size"] = n => c = c with { TitleSize = y.Number(n, "cover.title_size", 4, 120) ?? c.TitleSize },
            ["byline_size"] = n => c = c with { BylineSize = y.Number(n, "cover.byline_size", 4, 100) ?? c.BylineSize },
            ["top"] = n => c = c with { Top = y.Number(n, "cover.top", 0, 800) ?? c.Top },
            ["logo_height"] = n => c = c with { LogoHeight = y.Number(n, "cover.logo_height", 0, 400) ?? c.LogoHeight },
            ["band_height"] = n => c = c with { BandHeight = y.Number(n, "cover.band_height", 0, 800) ?? c.BandHeight },
        });
        return c;
    }

    private static TableTheme ReadTables(YamlReader y, YamlNode node, TableTheme t)
    {
        if (y.Mapping(node, "tables") is not { } map) return t;
        y.Read(map, "tables", new Dictionary<string, Action<YamlNode>>
        {
            ["header_background"] = n => t = t with { HeaderBackground = y.Colour(n, "tables.header_background") ?? t.HeaderBackground },
            ["header_colour"] = n => t = t with { HeaderColour = y.Colour(n, "tables.header_colour") ?? t.HeaderColour },
            ["group_background"] = n => t = t with { GroupBackground = y.Colour(n, "tables.group_background") ?? t.GroupBackground },
            ["border_colour"] = n => t = t with { BorderColour = y.Colour(n, "tables.border_colour") ?? t.BorderColour },
            ["border_width"] = n => t = t with { BorderWidth = y.Number(n, "tables.border_width", 0, 10) ?? t.BorderWidth },
            ["cell_padding"] = n => t = t with { CellPadding = y.Number(n, "tables.cell_padding", 0, 40) ?? t.CellPadding },
            ["size"] = n => t = t with { Size = y.Number(n, "tables.size", 4, 40) ?? t.Size },
        });
        return t;
    }

    private static BoxTheme ReadBox(YamlReader y, YamlNode node, BoxTheme b)
    {
        if (y.Mapping(node, "rating_box") is not { } map) return b;
        y.Read(map, "rating_box", new Dictionary<string, Action<YamlNode>>
        {
            ["background"] = n => b = b with { Background = y.Colour(n, "rating_box.background") ?? b.Background },
            ["border_colour"] = n => b = b with { BorderColour = y.Colour(n, "rating_box.border_colour") ?? b.BorderColour },
            ["border_width"] = n => b = b with { BorderWidth = y.Number(n, "rating_box.border_width", 0, 10) ?? b.BorderWidth },
            ["padding"] = n => b = b with { Padding = y.Number(n, "rating_box.padding", 0, 60) ?? b.Padding },
            ["rating_size"] = n => b = b with { RatingSize = y.Number(n, "rating_box.rating_size", 4, 40) ?? b.RatingSize },
        });
        return b;
    }

    private static QuoteTheme ReadQuotes(YamlReader y, YamlNode node, QuoteTheme q)
    {
        if (y.Mapping(node, "quotes") is not { } map) return q;
        y.Read(map, "quotes", new Dictionary<string, Action<YamlNode>>
        {
            ["colour"] = n => q = q with { Colour = y.Colour(n, "quotes.colour") ?? q.Colour },
            ["rule_colour"] = n => q = q with { RuleColour = y.Colour(n, "quotes.rule_colour") ?? q.RuleColour },
            ["rule_width"] = n => q = q with { RuleWidth = y.Number(n, "quotes.rule_width", 0, 20) ?? q.RuleWidth },
            ["indent"] = n => q = q with { Indent = y.Number(n, "quotes.indent", 0, 100) ?? q.Indent },
            ["italic"] = n => q = q with { Italic = y.Boolean(n, "quotes.italic") ?? q.Italic },
            ["open"] = n => q = q with { Open = y.String(n, "quotes.open") ?? q.Open },
            ["close"] = n => q = q with { Close = y.String(n, "quotes.close") ?? q.Close },
        });
        return q;
    }

    private static ChartTheme ReadChart(YamlReader y, YamlNode node, ChartTheme c)
    {
        if (y.Mapping(node, "chart") is not { } map) return c;
        y.Read(map, "chart", new Dictionary<string, Action<YamlNode>>
        {
            ["bar_colour"] = n => c = c with { BarColour = y.Colour(n, "chart.bar_colour") ?? c.BarColour },
            ["axis_colour"] = n => c = c with { AxisColour = y.Colour(n, "chart.axis_colour") ?? c.AxisColour },
            ["grid_colour"] = n => c = c with { GridColour = y.Colour(n, "chart.grid_colour") ?? c.GridColour },
            ["height"] = n => c = c with { Height = y.Number(n, "chart.height", 40, 700) ?? c.Height },
            // The chart now spans the text width; a set written when it had its own width still loads.
            ["width"] = n => y.Number(n, "chart.width", 40, 600),
            ["label_size"] = n => c = c with { LabelSize = y.Number(n, "chart.label_size", 4, 30) ?? c.LabelSize },
            ["title"] = n => c = c with { Title = y.String(n, "chart.title") ?? c.Title },
            ["axis_label"] = n => c = c with { AxisLabel = y.String(n, "chart.axis_label") ?? c.AxisLabel },
        });
        return c;
    }

    private static FootnoteTheme ReadFootnotes(YamlReader y, YamlNode node, FootnoteTheme f)
    {
        if (y.Mapping(node, "footnotes") is not { } map) return f;
        y.Read(map, "footnotes", new Dictionary<string, Action<YamlNode>>
        {
            ["size"] = n => f = f with { Size = y.Number(n, "footnotes.size", 4, 30) ?? f.Size },
            ["colour"] = n => f = f with { Colour = y.Colour(n, "footnotes.colour") ?? f.Colour },
            ["mark_size"] = n => f = f with { MarkSize = y.Number(n, "footnotes.mark_size", 4, 30) ?? f.MarkSize },
        });
        return f;
    }

    private static FittingTheme ReadFitting(YamlReader y, YamlNode node, FittingTheme f)
    {
        if (y.Mapping(node, "fitting") is not { } map) return f;
        y.Read(map, "fitting", new Dictionary<string, Action<YamlNode>>
        {
            ["max_lines"] = n => f = f with { MaxLines = y.Number(n, "fitting.max_lines", 0, 40) ?? f.MaxLines },
            ["min_line_height"] = n => f = f with { MinLineHeight = y.Number(n, "fitting.min_line_height", 0.8, 3) ?? f.MinLineHeight },
            ["min_spacing"] = n => f = f with { MinSpacing = y.Number(n, "fitting.min_spacing", 0, 1) ?? f.MinSpacing },
        });
        return f;
    }

    /// <summary>
    /// The keys of <c>ratings:</c>: each rating's one key (<see cref="RatingKeys"/>, <c>requires-improvement</c>), and
    /// <c>requires_improvement</c>, the spelling theme files used first, still read so that older template sets keep
    /// their look. A theme giving both spellings is read in file order: the later entry's fields win.
    /// </summary>
    private static readonly (string Key, Rating Rating)[] ThemeRatingKeys =
    [
        .. RatingNames.All.Select(r => (RatingKeys.Key(r), r)),
        (RatingKeys.OldRequiresImprovement, Rating.RequiresImprovement),
    ];

    private static IReadOnlyDictionary<Rating, RatingStyle> ReadRatings(YamlReader y, YamlNode node, IReadOnlyDictionary<Rating, RatingStyle> ratings)
    {
        if (y.Mapping(node, "ratings") is not { } map) return ratings;
        var result = ratings.ToDictionary();
        var handlers = new Dictionary<string, Action<YamlNode>>();
        foreach (var (key, rating) in ThemeRatingKeys)
        {
            handlers[key] = n =>
            {
                if (y.Mapping(n, $"ratings.{key}") is not { } m) return;
                var style = result[rating];
                y.Read(m, $"ratings.{key}", new Dictionary<string, Action<YamlNode>>
                {
                    ["label"] = v => style = style with { Label = y.String(v, $"ratings.{key}.label") ?? style.Label },
                    ["colour"] = v => style = style with { Colour = y.Colour(v, $"ratings.{key}.colour") ?? style.Colour },
                    ["symbol"] = v => style = style with { Symbol = y.String(v, $"ratings.{key}.symbol") ?? style.Symbol },
                    ["symbol_name"] = v => style = style with { SymbolName = y.String(v, $"ratings.{key}.symbol_name") ?? style.SymbolName },
                });
                result[rating] = style;
            };
        }
        y.Read(map, "ratings", handlers);
        return result;
    }
}
