using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace ReportBuilder.Conformance.Tests.Fixtures;

/// <summary>
/// A small two-page tagged PDF made with PDFsharp 6.2.4 directly: every structure the checker judges appears once,
/// correctly, so that each broken fixture can differ from it in exactly one thing.
/// </summary>
internal static class GoodTaggedPdf
{
    public const string Title = "Inspection of youth justice services in Testshire";
    public const string NoteId = "note-1";

    /// <summary>Builds the document and returns its bytes (with <c>pdfuaid:part</c> added after saving unless told not to).</summary>
    /// <param name="pdfA">Call PDFsharp's <c>SetPdfA()</c> (and mark links printable, as PDF/A requires).</param>
    /// <param name="compositeFont">Include the Welsh span, whose letters outside WinAnsi make PDFsharp write a Type0 font.</param>
    public static byte[] Build(bool addPdfUaIdentifier = true, bool pdfA = false, bool compositeFont = true)
    {
        RepoFontResolver.Install();
        var doc = new PdfDocument();
        doc.Info.Title = Title;
        doc.Info.Author = "Fixture";
        if (pdfA) doc.SetPdfA();
        // Fixed IDs: the fixture must be the same bytes every run (no GUIDs from PDFsharp).
        doc.Internals.FirstDocumentID = "00112233445566778899AABBCCDDEEFF";
        doc.Internals.SecondDocumentID = "00112233445566778899AABBCCDDEEFF";

        var ua = UAManager.ForDocument(doc);
        ua.SetDocumentLanguage("en-GB");
        var sb = ua.StructureBuilder;

        var body = new XFont("Liberation Sans", 11);
        var bold = new XFont("Liberation Sans", 11, XFontStyleEx.Bold);
        var h1 = new XFont("Liberation Sans", 20, XFontStyleEx.Bold);
        var h2 = new XFont("Liberation Sans", 15, XFontStyleEx.Bold);
        var symbols = new XFont("DejaVu Sans", 11);

        var page1 = doc.AddPage();
        var gfx1 = XGraphics.FromPdfPage(page1);
        RunningHeader(sb, gfx1, body, 1);

        sb.BeginElement(PdfBlockLevelElementTag.Heading1);
        gfx1.DrawString(Title, h1, XBrushes.Black, 56, 100);
        sb.End();

        sb.BeginElement(PdfGroupingElementTag.TableOfContents);
        sb.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
        // TOCI may hold Lbl, Reference, NonStruct, P or TOC (ISO 32000-1 Table 333): the link goes inside a Reference.
        sb.BeginElement(PdfInlineLevelElementTag.Reference);
        var tocRect = new XRect(56, 120, 200, 14);
        var tocLink = PdfLinkAnnotation.CreateDocumentLink(new PdfRectangle(gfx1.Transformer.WorldToDefaultPage(tocRect)), 2);
        tocLink.Contents = "Go to: Findings, page 2";
        if (pdfA) tocLink.Flags = PdfAnnotationFlags.Print;
        sb.BeginElement(tocLink, "Go to: Findings, page 2");
        gfx1.DrawString("Findings . . . . . 2", body, XBrushes.Black, 56, 131);
        sb.End();
        sb.End();
        sb.End();
        sb.End();

        sb.BeginElement(PdfBlockLevelElementTag.Paragraph);
        gfx1.DrawString("We rated the service \u2018Good\u2019 \u2013 children\u2019s \u201Cvoice\u201D was heard.", body, XBrushes.Black, 56, 160);
        sb.End();

        // A Welsh span: its own /Lang, and letters outside WinAnsi (ŵ) so PDFsharp also writes a Type0 font with ToUnicode.
        sb.BeginElement(PdfBlockLevelElementTag.Paragraph);
        gfx1.DrawString("In Welsh:", body, XBrushes.Black, 56, 175);
        sb.BeginElement(PdfInlineLevelElementTag.Span);
        sb.SetLanguage("cy");
        gfx1.DrawString(compositeFont ? "Arolygiaeth Prawf \u2013 d\u0175r \u2713" : "Arolygiaeth Prawf", symbols, XBrushes.Black, 110, 175);
        sb.End();
        sb.End();

        sb.BeginElement(PdfBlockLevelElementTag.List);
        string[] items = ["Governance and leadership", "Partnerships and services"];
        for (var i = 0; i < items.Length; i++)
        {
            var y = 200 + i * 16;
            sb.BeginElement(PdfBlockLevelElementTag.ListItem);
            sb.BeginElement(PdfBlockLevelElementTag.Label);
            gfx1.DrawString("\u2022", symbols, XBrushes.Black, 60, y);
            sb.End();
            sb.BeginElement(PdfBlockLevelElementTag.ListBody);
            gfx1.DrawString(items[i], body, XBrushes.Black, 74, y);
            sb.End();
            sb.End();
        }
        sb.End();

        // Page 2 is begun while page 1's XGraphics is alive (PDFsharp's UA renderer needs that).
        var page2 = doc.AddPage();
        gfx1.Dispose();
        var gfx2 = XGraphics.FromPdfPage(page2);
        RunningHeader(sb, gfx2, body, 2);

        sb.BeginElement(PdfBlockLevelElementTag.Heading2);
        gfx2.DrawString("Findings", h2, XBrushes.Black, 56, 100);
        sb.End();

        sb.BeginElement(PdfBlockLevelElementTag.Table);
        string[][] rows = [["Standard", "Rating"], ["1.1 Governance", "Good"], ["1.2 Staff", "Outstanding"]];
        for (var r = 0; r < rows.Length; r++)
        {
            var y = 130 + r * 18;
            sb.BeginElement(PdfBlockLevelElementTag.TableRow);
            for (var c = 0; c < 2; c++)
            {
                sb.BeginElement(r == 0 ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                if (r == 0)
                {
                    var attributes = new PdfDictionary(doc);
                    attributes.Elements["/O"] = new PdfName("/Table");
                    attributes.Elements["/Scope"] = new PdfName("/Column");
                    sb.CurrentStructureElement.Elements["/A"] = attributes;
                }
                gfx2.DrawString(rows[r][c], r == 0 ? bold : body, XBrushes.Black, 56 + c * 160, y);
                sb.End();
            }
            sb.End();
        }
        sb.End();

        var figureRect = new XRect(56, 200, 120, 60);
        sb.BeginElement(PdfIllustrationElementTag.Figure, "Bar chart: 80% of children felt listened to", figureRect);
        gfx2.DrawRectangle(XPens.Black, XBrushes.LightGray, figureRect);
        gfx2.DrawRectangle(XBrushes.DarkBlue, new XRect(66, 220, 80, 30));
        sb.End();

        // A raster image in its own Figure: the checker must see Do paint it. (Form XObjects are added by the
        // broken-fixture tests: PDFsharp's UAManager refuses drawing into an XForm.)
        var photoRect = new XRect(200, 200, 40, 40);
        sb.BeginElement(PdfIllustrationElementTag.Figure, "Photograph placeholder: a grey square", photoRect);
        using (var image = XImage.FromStream(new MemoryStream(TinyBitmap())))
            gfx2.DrawImage(image, photoRect);
        sb.End();

        sb.BeginElement(PdfIllustrationElementTag.Formula, "x squared", new XRect(56, 280, 40, 14));
        gfx2.DrawString("x\u00B2", body, XBrushes.Black, 56, 292);
        sb.End();

        sb.BeginElement(PdfBlockLevelElementTag.Paragraph);
        gfx2.DrawString("Staff were skilled.", body, XBrushes.Black, 56, 320);
        sb.BeginElement(PdfInlineLevelElementTag.Note);
        sb.CurrentStructureElement.Elements["/ID"] = new PdfString(NoteId);
        gfx2.DrawString("1", body, XBrushes.Black, 150, 315);
        sb.End();
        sb.End();

        sb.BeginElement(PdfBlockLevelElementTag.Paragraph);
        var webRect = new XRect(56, 330, 200, 14);
        var webLink = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(gfx2.Transformer.WorldToDefaultPage(webRect)), "https://www.justiceinspectorates.gov.uk/hmiprobation/");
        webLink.Contents = "HM Inspectorate of Probation website";
        if (pdfA) webLink.Flags = PdfAnnotationFlags.Print;
        sb.BeginElement(webLink, "HM Inspectorate of Probation website");
        gfx2.DrawString("www.justiceinspectorates.gov.uk", body, XBrushes.Blue, 56, 341);
        sb.End();
        sb.End();

        // A paragraph wrapped over three lines as a layout engine would: the break after "onto" keeps its space,
        // the one after "out-of-" needs none.
        sb.BeginElement(PdfBlockLevelElementTag.Paragraph);
        gfx2.DrawString("This paragraph wraps onto ", body, XBrushes.Black, 56, 370);
        gfx2.DrawString("a second line, and out-of-", body, XBrushes.Black, 56, 384);
        gfx2.DrawString("court work too.", body, XBrushes.Black, 56, 398);
        sb.End();
        gfx2.Dispose();

        using var output = new MemoryStream();
        doc.Save(output, false);
        var bytes = output.ToArray();
        return addPdfUaIdentifier ? XmpEditor.AddPdfUaIdentifier(bytes) : bytes;
    }

    /// <summary>A 2x2 grey 24-bit BMP, made here so the fixture needs no image file.</summary>
    private static byte[] TinyBitmap()
    {
        var bmp = new byte[54 + 16];
        void Int(int at, int value) => BitConverter.TryWriteBytes(bmp.AsSpan(at, 4), value);
        bmp[0] = (byte)'B'; bmp[1] = (byte)'M';
        Int(2, bmp.Length); Int(10, 54); Int(14, 40); Int(18, 2); Int(22, 2);
        bmp[26] = 1; bmp[28] = 24; Int(34, 16);
        for (var i = 54; i < bmp.Length; i++) bmp[i] = 0x80;
        bmp[54 + 6] = bmp[54 + 7] = 0; bmp[54 + 14] = bmp[54 + 15] = 0; // row padding
        return bmp;
    }

    private static void RunningHeader(StructureBuilder sb, XGraphics gfx, XFont font, int page)
    {
        sb.BeginArtifact();
        gfx.DrawString($"Testshire inspection \u2013 page {page}", font, XBrushes.Gray, 56, 40);
        gfx.DrawLine(XPens.Gray, 56, 46, 540, 46);
        sb.End();
    }
}
