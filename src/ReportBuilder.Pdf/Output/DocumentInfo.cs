using PdfSharp.Pdf;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Output;

/// <summary>Fills the document information dictionary from the description.</summary>
static class DocumentInfo
{
    public static void Apply(PdfDocument doc, DocumentDescription d)
    {
        var info = doc.Info;
        info.Title = d.Title;
        if (d.Author is { } author) info.Author = author;
        if (d.Subject is { } subject) info.Subject = subject;
        if (d.Keywords is { } keywords) info.Keywords = keywords;
        info.Creator = d.Creator ?? "ReportBuilder";
        doc.ViewerPreferences.DisplayDocTitle = true;
    }
}
