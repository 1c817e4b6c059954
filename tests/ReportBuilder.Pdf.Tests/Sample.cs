using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tests;

/// <summary>Hand-written call sequences that exercise the canvas as the engine would.</summary>
static class Sample
{
    public static readonly DocumentDescription Description = new()
    {
        Title = "An inspection of youth justice services in Testshire",
        Author = "HM Inspectorate of Probation",
        Language = "en-GB",
        Date = new DateTimeOffset(2023, 9, 14, 0, 0, 0, TimeSpan.Zero),
        IdentitySeed = "sample-seed-1",
        PageCount = 2,
        Bookmarks =
        [
            new Bookmark("Foreword", 0, 72, [new Bookmark("Ratings", 0, 300, [])]),
            new Bookmark("Findings", 1, 150, []),
        ],
    };

    public static byte[] Render(Action<SampleCanvas> draw, PdfCanvasOptions? options = null, Images.PdfImageCache? images = null)
    {
        using var stream = new MemoryStream();
        var canvas = new PdfCanvas(stream, options, images: images);
        draw(new SampleCanvas(canvas));
        return stream.ToArray();
    }

    static void Header(SampleCanvas c, int page)
    {
        c.BeginArtifact(ArtifactKind.Header);
        c.DrawText($"Testshire inspection – running header {page}", TestFonts.Regular, 8, Color.Parse("#555555"), new Point(72, 40));
        c.DrawLine(new Point(72, 46), new Point(523, 46), new Stroke(Color.Parse("#999999"), 0.5));
        c.EndArtifact();
    }

    static void Footer(SampleCanvas c, int page)
    {
        // A translucent watermark: transparency in PDF, blended onto white in PDF/A.
        c.BeginArtifact(ArtifactKind.Watermark);
        c.DrawText("DRAFT", TestFonts.Bold, 72, Color.Parse("#C0C0C080"), new Point(200, 600));
        c.EndArtifact();
        c.BeginArtifact(ArtifactKind.Footer);
        c.DrawText($"Page {page} of 2", TestFonts.Regular, 9, Color.Black, new Point(270, 810));
        c.EndArtifact();
    }

    /// <summary>Two pages: heading, a paragraph split across the break, table, list, figure, note, links.</summary>
    public static void TwoPages(SampleCanvas c)
    {
        var black = Color.Black;
        c.BeginDocument(Description);
        c.BeginStructure(new StructureElement(StructureRole.Document));
        c.BeginPage(Size.A4);
        Header(c, 1);
        c.AddAnchor("foreword", new Point(72, 72));
        c.BeginStructure(new StructureElement(StructureRole.Heading1));
        c.DrawText("Foreword", TestFonts.Bold, 24, Color.Parse("#1D3557"), new Point(72, 100));
        c.EndStructure();

        c.BeginStructure(new StructureElement(StructureRole.Paragraph));
        c.DrawText("“Quoted” text – with an en dash — an em dash, and a star", TestFonts.Regular, 11, black, new Point(72, 130));
        c.DrawText("★", TestFonts.DejaVu, 11, black, new Point(380, 130));
        c.DrawText("Second line with ", TestFonts.Regular, 11, black, new Point(72, 144));
        c.BeginStructure(new StructureElement(StructureRole.Reference) { Id = "ref-1" });
        c.DrawText("1", TestFonts.Regular, 7, black, new Point(160, 140));
        c.EndStructure();
        c.BeginLink(new Rect(180, 134, 60, 13), LinkTarget.Internal("findings", 1, 150), "Go to the findings");
        c.DrawText("see findings", TestFonts.Italic, 11, Color.Parse("#0B0C8C"), new Point(180, 144));
        c.EndLink();
        c.EndStructure();

        // A table with a header row.
        c.BeginStructure(new StructureElement(StructureRole.Table));
        c.BeginStructure(new StructureElement(StructureRole.TableRow));
        c.BeginStructure(new StructureElement(StructureRole.TableHeaderCell) { Scope = TableHeaderScope.Column });
        c.DrawRectangle(new Rect(72, 300, 150, 20), new Paint(Color.Parse("#DDDDDD")));
        c.DrawText("Standard", TestFonts.Bold, 10, black, new Point(76, 314));
        c.EndStructure();
        c.BeginStructure(new StructureElement(StructureRole.TableHeaderCell) { Scope = TableHeaderScope.Column, ColumnSpan = 2 });
        c.DrawText("Rating", TestFonts.Bold, 10, black, new Point(226, 314));
        c.EndStructure();
        c.EndStructure();
        c.BeginStructure(new StructureElement(StructureRole.TableRow));
        c.BeginStructure(new StructureElement(StructureRole.TableHeaderCell) { Scope = TableHeaderScope.Row });
        c.DrawText("1.1 Governance", TestFonts.Regular, 10, black, new Point(76, 334));
        c.EndStructure();
        c.BeginStructure(new StructureElement(StructureRole.TableDataCell) { RowSpan = 1 });
        c.DrawText("Good", TestFonts.Regular, 10, black, new Point(226, 334));
        c.EndStructure();
        c.EndStructure();
        c.EndStructure();

        // A list.
        c.BeginStructure(new StructureElement(StructureRole.List));
        c.BeginStructure(new StructureElement(StructureRole.ListItem));
        c.BeginStructure(new StructureElement(StructureRole.Label));
        c.DrawText("•", TestFonts.Regular, 11, black, new Point(72, 380));
        c.EndStructure();
        c.BeginStructure(new StructureElement(StructureRole.ListBody));
        c.DrawText("First point", TestFonts.Regular, 11, black, new Point(86, 380));
        c.EndStructure();
        c.EndStructure();
        c.EndStructure();

        // A figure drawn as vector graphics.
        c.BeginStructure(new StructureElement(StructureRole.Figure) { AlternateText = "Bar chart: 80% of children felt safe." });
        c.DrawRectangle(new Rect(72, 420, 200, 30), new Paint(Color.Parse("#457B9D"), Color.Black, 1));
        c.DrawEllipse(new Rect(300, 420, 30, 30), new Paint(Color.Parse("#E63946")));
        c.DrawPolygon([new Point(350, 450), new Point(365, 420), new Point(380, 450)], new Paint(null, Color.Black, 1));
        c.DrawLine(new Point(72, 460), new Point(380, 460), new Stroke(Color.Black, 1, [3, 2]));
        c.EndStructure();

        // A paragraph whose first half sits at the page's foot.
        c.BeginStructure(new StructureElement(StructureRole.Paragraph));
        c.DrawText("This paragraph starts at the foot of page one", TestFonts.Regular, 11, black, new Point(72, 760));
        Footer(c, 1);
        c.EndPage();

        c.BeginPage(Size.A4);
        Header(c, 2);
        c.DrawText("and ends at the top of page two.", TestFonts.Regular, 11, black, new Point(72, 90));
        c.EndStructure(); // P

        c.AddAnchor("findings", new Point(72, 150));
        c.BeginStructure(new StructureElement(StructureRole.Heading1));
        c.DrawText("Findings", TestFonts.Bold, 24, black, new Point(72, 170));
        c.EndStructure();
        c.BeginStructure(new StructureElement(StructureRole.Note) { Id = "note-1" });
        c.DrawText("1 A footnote at the foot of the page.", TestFonts.Regular, 8, black, new Point(72, 780));
        c.EndStructure();
        c.BeginStructure(new StructureElement(StructureRole.Paragraph));
        c.BeginLink(new Rect(72, 190, 100, 14), LinkTarget.External("https://www.justiceinspectorates.gov.uk/hmiprobation/"), "HM Inspectorate of Probation website");
        c.DrawText("Our website", TestFonts.Regular, 11, Color.Parse("#0B0C8C"), new Point(72, 200));
        c.EndLink();
        c.EndStructure();
        Footer(c, 2);
        c.EndPage();
        c.EndStructure(); // Document
        c.EndDocument();
    }
}
