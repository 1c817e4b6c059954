using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Benchmarks;

public enum DocumentKind { Text, Table, Footnotes }

/// <summary>Synthetic documents of about a given number of A4 pages, each heavy in one thing.</summary>
public static class Documents
{
    private static readonly string[] Words =
        ["inspection", "of", "youth", "justice", "services", "the", "partnership", "board", "children", "and", "staff", "work",
         "well", "together", "to", "keep", "people", "safe", "quality", "assurance", "is", "effective", "management"];

    public static string Text(int count, int seed)
    {
        var list = new string[count];
        uint x = (uint)seed * 2654435761u + 1;
        for (int i = 0; i < count; i++) { x = x * 1664525u + 1013904223u; list[i] = Words[(x >> 16) % (uint)Words.Length]; }
        return string.Join(" ", list);
    }

    /// <summary>Units of content per page, measured once: pages grow linearly with units.</summary>
    public static Document Create(FontCollection fonts, DocumentKind kind, int pages) => Document.Create(fonts, d =>
    {
        d.Metadata(new DocumentDescription { Title = $"{kind} benchmark, {pages} pages" });
        d.Section(s =>
        {
            s.Size(Size.A4).Margin(56);
            s.Header().Paragraph(p => p.AlignRight().Span("Benchmark").FontSize(8));
            s.Footer().Paragraph(p => { p.AlignCenter(); p.Span("Page "); p.CurrentPageNumber(); p.Span(" of "); p.TotalPages(); });
            s.Content().Column(c =>
            {
                c.Spacing(6);
                switch (kind)
                {
                    case DocumentKind.Text:
                        // About 5.9 paragraphs of 110 words per page (measured).
                        for (int i = 0; i < pages * 59 / 10; i++)
                        {
                            if (i % 12 == 0) c.Item().Heading(2, $"Section {i / 12 + 1}");
                            int n = i;
                            c.Item().Paragraph(p => p.Justify().Span(Text(110, n)));
                        }
                        break;
                    case DocumentKind.Table:
                        // About 15.4 rows per page (measured), in tables of up to 100 rows.
                        int totalRows = pages * 154 / 10;
                        for (int t = 0; t * 100 < totalRows; t++)
                        {
                            int table = t, rows = Math.Min(100, totalRows - t * 100);
                            c.Item().Table(tb =>
                            {
                                tb.ColumnsDefinition(x => { x.ConstantColumn(50); x.RelativeColumn(3); x.AutoColumn(); x.RelativeColumn(2); });
                                tb.Border(0.5, Color.Black);
                                tb.Header(h => { h.Cell().Text("No."); h.Cell().Text("Standard"); h.Cell().Text("Rating"); h.Cell().Text("Comment"); });
                                for (int r = 0; r < rows; r++)
                                {
                                    tb.Cell().Text($"{table}.{r}");
                                    tb.Cell().Text(Text(8 + r % 9, r));
                                    tb.Cell().Text(r % 3 == 0 ? "Outstanding" : "Good");
                                    tb.Cell().Text(Text(4 + r % 5, r + 7));
                                }
                            });
                        }
                        break;
                    case DocumentKind.Footnotes:
                        // About 4.5 paragraphs per page (measured), each with two notes.
                        for (int i = 0; i < pages * 45 / 10; i++)
                        {
                            int n = i;
                            c.Item().Paragraph(p =>
                            {
                                p.Span(Text(50, n));
                                p.Footnote(Text(15 + n % 20, n));
                                p.Span(" " + Text(40, n + 1));
                                p.Footnote(Text(10, n + 2));
                                p.Span(" " + Text(20, n + 3));
                            });
                        }
                        break;
                }
            });
        });
    });
}
