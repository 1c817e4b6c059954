using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Samples;

/// <summary>A synthetic inspection-style report: every feature of the engine, about four pages per chapter.</summary>
public static class SampleDocument
{
    private static readonly string[] Words =
    [
        "inspection", "of", "youth", "justice", "services", "the", "partnership", "board", "children", "and", "staff", "work",
        "well", "together", "to", "keep", "people", "safe", "quality", "assurance", "is", "effective", "management", "oversight",
        "risk", "of", "harm", "desistance", "education", "training", "employment", "health", "victims", "resettlement", "in",
    ];

    public static string Text(int count, int seed)
    {
        var list = new List<string>(count);
        uint x = (uint)seed * 2654435761u + 17;
        for (int i = 0; i < count; i++)
        {
            x = x * 1664525u + 1013904223u;
            list.Add(Words[(x >> 16) % (uint)Words.Length]);
        }
        list[0] = char.ToUpperInvariant(list[0][0]) + list[0][1..];
        return string.Join(" ", list) + ".";
    }

    private static readonly Color Navy = Color.Parse("#1F4E79");
    private static readonly Color Pale = Color.Parse("#EEF3FA");

    public static void Compose(DocumentDescriptor d, int chapters)
    {
        d.Metadata(new DocumentDescription
        {
            Title = "An inspection of youth justice services in Samplingshire", Author = "HM Inspectorate of Probation",
            Language = "en-GB", Subject = "Layout engine sample",
        });
        d.DefaultTextStyle(new TextStyle { FontFamily = "Liberation Sans", FontSize = 10.5, LineHeight = 1.3, Kerning = true });
        d.HeadingStyle(1, new TextStyle { FontSize = 20, Bold = true, Color = Navy });
        d.HeadingStyle(2, new TextStyle { FontSize = 14, Bold = true, Color = Navy });
        var png = SamplePng.Create(240, 120);

        // Title page: its own section, no header.
        d.Section(s =>
        {
            s.Size(Size.A4).Margin(72);
            s.Background().Padding(0, 0, 0, 0).Column(c => c.Item().MinHeight(120).Background(Navy).Text(" "));
            s.Content().PaddingTop(200).Column(c =>
            {
                c.Spacing(12);
                c.Item().Paragraph(p => p.Span("An inspection of youth justice services in Samplingshire").FontSize(28).Bold().FontColor(Navy));
                c.Item().Paragraph(p => p.Span("HM Inspectorate of Probation · sample document for the layout engine").FontSize(12));
                c.Item().Image(png, "The inspectorate's logo: blue and orange bands", 180);
            });
        });

        d.Section(s =>
        {
            s.Size(Size.A4).Margin(56, 50, 56, 50);
            s.Header().Row(r =>
            {
                r.RelativeItem().Paragraph(p => p.Span("Samplingshire youth justice services").FontSize(8).FontColor(Navy));
                r.AutoItem().Paragraph(p => p.Span("Sample").FontSize(8));
            });
            s.Footer().Paragraph(p => { p.AlignCenter(); p.Span("Page ").FontSize(8); p.CurrentPageNumber().FontSize(8); p.Span(" of ").FontSize(8); p.TotalPages().FontSize(8); });
            s.Foreground().Watermark("DRAFT");
            s.Content().Column(c =>
            {
                c.Spacing(6);
                c.Item().Heading(1, "Contents", "contents").NotInContents();
                c.Item().TableOfContents(2);
                c.Item().PageBreak();
                for (int ch = 1; ch <= chapters; ch++) Chapter(c, ch, png);
            });
        });
    }

    private static void Chapter(ColumnDescriptor c, int ch, byte[] png)
    {
        c.Item().PageBreak();
        c.Item().Heading(1, $"{ch}. Findings in area {ch}", $"chapter-{ch}");
        c.Item().Paragraph(p =>
        {
            p.Justify();
            p.Span(Text(70, ch * 7));
            p.Footnote($"Source: case file review {ch}. " + Text(25, ch));
            p.Span(" " + Text(40, ch * 7 + 1) + " See ");
            p.Span("the contents").Link("contents").Underline().FontColor(Navy);
            p.Span(" or ");
            p.Span("the inspectorate's website").LinkUri("https://www.justiceinspectorates.gov.uk/hmiprobation/").Underline().FontColor(Navy);
            p.Span(". Ratings use ★ and ✓ marks; arrows → show trends; ▲ means improved. Some text is in Welsh: ");
            p.Span("Arolygiaeth Prawf").Italic().Language("cy-GB");
            p.Span(". A long reference: case/2023/0001/partnership-board/quality-assurance.");
        });
        c.Item().Heading(2, $"{ch}.1 Organisational delivery");
        c.Item().List(l =>
        {
            l.Spacing(3);
            for (int i = 0; i < 4; i++) l.Item().Text(Text(18 + i * 3, ch * 11 + i));
            l.Item().Column(inner =>
            {
                inner.Item().Text("Priorities for the partnership:");
                inner.Item().List(n =>
                {
                    n.Numbered();
                    for (int i = 0; i < 3; i++) n.Item().Text(Text(12, ch * 13 + i));
                });
            });
        });
        for (int i = 0; i < 3; i++)
            c.Item().Paragraph(p =>
            {
                p.Justify().FirstLineIndent(12);
                p.Span(Text(90, ch * 17 + i));
                if (i == 1) p.Footnote(n => n.Span(Text(60, ch * 19)).Italic());
                p.Span(" " + Text(30, ch * 23 + i));
            });
        c.Item().Heading(2, $"{ch}.2 Ratings by standard");
        c.Item().Table(t =>
        {
            t.ColumnsDefinition(cols => { cols.ConstantColumn(40); cols.RelativeColumn(3); cols.AutoColumn(); cols.RelativeColumn(2); });
            t.Border(0.5, Color.Parse("#7F7F7F"));
            t.Summary($"Ratings for area {ch}");
            t.Header(h =>
            {
                foreach (var title in new[] { "No.", "Standard", "Rating", "Comment" })
                    h.Cell(o => o.Background(Pale)).Paragraph(p => p.Span(title).Bold());
            });
            for (int r = 0; r < 14; r++)
            {
                t.Cell(o => o.AsHeader(TableHeaderScope.Row)).Text($"{ch}.{r + 1}");
                t.Cell().Text(Text(6 + r % 7, ch * 29 + r));
                t.Cell(o => o.Background(r % 3 == 0 ? Color.Parse("#E2F0D9") : Color.Parse("#FFF2CC"))).Text(r % 3 == 0 ? "Outstanding ★" : "Good ✓");
                t.Cell().Text(Text(4 + r % 4, ch * 31 + r));
            }
            t.Cell(o => o.ColumnSpan(2)).Paragraph(p => p.Span("Overall").Bold());
            t.Cell(o => o.ColumnSpan(2)).Text("Good");
        });
        c.Item().Heading(2, $"{ch}.3 Survey of children");
        c.Item().ShowEntire().Column(fig =>
        {
            fig.Item().Drawing(420, 160, $"Bar chart: share of children satisfied in area {ch}, five bars from 40% to 90%", g =>
            {
                g.Rectangle(new Rect(0, 0, 420, 160), new Paint(Color.White, Color.Parse("#BFBFBF"), 0.5));
                for (int b = 0; b < 5; b++)
                {
                    double h = 50 + (b * 17 + ch * 7) % 80;
                    g.Rectangle(new Rect(40 + b * 75, 140 - h, 45, h), new Paint(b % 2 == 0 ? Navy : Color.Parse("#ED7D31")));
                    g.Text(new Point(62 + b * 75, 152), $"Q{b + 1}", new TextStyle { FontSize = 8 }, TextAnchor.Middle);
                    g.Text(new Point(62 + b * 75, 135 - h), $"{h / 1.4:0}%", new TextStyle { FontSize = 8, Bold = true }, TextAnchor.Middle);
                }
                g.Line(new Point(30, 140), new Point(410, 140), new Stroke(Color.Black, 0.75));
                g.Polygon([new Point(10, 20), new Point(20, 10), new Point(30, 20)], new Paint(Color.Parse("#70AD47")));
                g.Ellipse(new Rect(385, 8, 20, 20), new Paint(Color.Parse("#FFC000")));
            });
            fig.Item().Structure(StructureRole.Caption).Paragraph(p => p.Span($"Figure {ch}: survey results for area {ch}.").Italic().FontSize(9));
        });
        c.Item().Padding(2).Background(Pale).Border(0.75, Navy).Padding(8).Column(box =>
        {
            box.Item().Paragraph(p => p.Span("Key finding").Bold().FontColor(Navy));
            box.Item().Paragraph(p => p.Justify().Span(Text(55, ch * 37)));
        });
        c.Item().Heading(3, $"{ch}.3.1 Detail");
        c.Item().Row(r =>
        {
            r.Spacing(12);
            r.RelativeItem().Paragraph(p => p.Span(Text(45, ch * 41)));
            r.ConstantItem(120).Image(png, null);
        });
        c.Item().EnsureSpace(80).Paragraph(p => p.Justify().Span(Text(120, ch * 43)));
        c.Item().Rule(0.5, Color.Parse("#BFBFBF"));
    }
}
