using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.TestEngine;

/// <summary>A document using every feature, shared by tests (and a model for the sample).</summary>
public static class KitchenSink
{
    public static void Compose(DocumentDescriptor d, int chapters = 3)
    {
        d.Metadata(new DocumentDescription { Title = "Kitchen sink", Language = "en-GB" });
        d.Section(s =>
        {
            s.Size(Size.A4).Margin(56);
            s.Header().Paragraph(p => p.AlignRight().Span("Kitchen sink").FontSize(8));
            s.FirstPageHeader().Paragraph(p => p.Span("First page").FontSize(8));
            s.Footer().Paragraph(p => { p.AlignCenter(); p.Span("Page "); p.CurrentPageNumber(); p.Span(" of "); p.TotalPages(); });
            s.Foreground().Watermark("DRAFT");
            s.Content().Column(c =>
            {
                c.Spacing(6);
                c.Item().Heading(1, "Contents", "contents").NotInContents();
                c.Item().TableOfContents();
                c.Item().PageBreak();
                for (int ch = 1; ch <= chapters; ch++)
                {
                    int chapter = ch;
                    c.Item().Heading(1, $"Chapter {chapter}", $"chapter-{chapter}");
                    c.Item().Paragraph(p =>
                    {
                        p.Justify();
                        p.Span(Render.Words(60, chapter)).Italic();
                        p.Footnote($"A note for chapter {chapter}. " + Render.Words(20, chapter));
                        p.Span(" See ");
                        p.Span("chapter 1").Link("chapter-1").Underline();
                        p.Span(" on page ");
                        p.PageNumberOf("chapter-1");
                        p.Span(". Symbols ★ ✓ ▲ → and a non\u00A0breaking space, in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADble.");
                    });
                    c.Item().Heading(2, $"Section {chapter}.1");
                    c.Item().List(l =>
                    {
                        l.Item().Text("First point " + Render.Words(12, chapter));
                        l.Item().Column(inner =>
                        {
                            inner.Item().Text("Second point");
                            inner.Item().List(n => { n.Numbered(); n.Item().Text("nested one"); n.Item().Text("nested two"); });
                        });
                    });
                    c.Item().Table(t =>
                    {
                        t.ColumnsDefinition(cols => { cols.ConstantColumn(80); cols.RelativeColumn(); cols.AutoColumn(); });
                        t.Border(0.5, Color.Black);
                        t.Header(h => { h.Cell(o => o.Background(Color.Parse("#DDDDDD"))).Text("Name"); h.Cell().Text("Description"); h.Cell().Text("Rating"); });
                        for (int r = 0; r < 12; r++)
                        {
                            t.Cell().Text($"Row {r + 1}");
                            t.Cell().Text(Render.Words(8 + r % 5, r));
                            t.Cell().Text(r % 2 == 0 ? "Good" : "Outstanding");
                        }
                        t.Cell(o => o.ColumnSpan(2)).Text("Spanning two columns");
                        t.Cell(o => o.RowSpan(2)).Text("Two rows");
                        t.Cell().Text("a");
                        t.Cell().Text("b");
                    });
                    c.Item().Drawing(300, 120, $"Bar chart for chapter {chapter}", g =>
                    {
                        g.Rectangle(new Rect(0, 0, 300, 120), new Paint(null, Color.Black, 0.5));
                        g.Rectangle(new Rect(20, 40, 40, 70), new Paint(Color.Parse("#1F77B4")));
                        g.Rectangle(new Rect(80, 20, 40, 90), new Paint(Color.Parse("#FF7F0E")));
                        g.Line(new Point(10, 110), new Point(290, 110), new Stroke(Color.Black));
                        g.Text(new Point(150, 14), "Survey results", new TextStyle { FontSize = 9 }, TextAnchor.Middle);
                    });
                    c.Item().Padding(8).Background(Color.Parse("#EEF3FA")).Border(0.5, Color.Parse("#1F4E79")).Text("A boxed paragraph " + Render.Words(30, chapter));
                    c.Item().Rule();
                }
            });
        });
    }
}
