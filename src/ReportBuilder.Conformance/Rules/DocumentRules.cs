using System.Xml;
using PdfSharp.Pdf;
using ReportBuilder.Conformance.Metadata;
using ReportBuilder.Conformance.Reading;

namespace ReportBuilder.Conformance.Rules;

/// <summary>Catalog-level requirements: marking, structure root, language, title (Info and XMP), PDF/UA identifier, DisplayDocTitle.</summary>
internal static class DocumentRules
{
    public static IEnumerable<ConformanceFailure> Check(PdfFile file)
    {
        var catalog = file.Catalog;
        var markInfo = Pdf.Dict(catalog, "/MarkInfo");
        if (Pdf.Bool(markInfo, "/Marked") != true)
            yield return new(Checkpoints.MarkedNotTrue, null, $"catalog ({Pdf.Id(catalog)})", markInfo is null ? "there is no /MarkInfo dictionary" : "/MarkInfo has no /Marked true");
        if (Pdf.Bool(markInfo, "/Suspects") == true)
            yield return new(Checkpoints.Suspects, null, $"catalog ({Pdf.Id(catalog)})", "/MarkInfo /Suspects is true");
        if (Pdf.Dict(catalog, "/StructTreeRoot") is null)
            yield return new(Checkpoints.StructTreeRootMissing, null, $"catalog ({Pdf.Id(catalog)})", "there is no /StructTreeRoot, so nothing is tagged");

        var lang = Pdf.Text(catalog, "/Lang");
        if (string.IsNullOrWhiteSpace(lang))
            yield return new(Checkpoints.NoLanguage, null, $"catalog ({Pdf.Id(catalog)})", "there is no /Lang, so the natural language of the text cannot be determined");
        else if (!LanguageTag.IsWellFormed(lang))
            yield return new(Checkpoints.NoLanguage, null, $"catalog ({Pdf.Id(catalog)})", $"/Lang ({lang}) is not a well-formed BCP 47 language tag");

        PdfDictionary info = file.Document.Info;
        if (string.IsNullOrWhiteSpace(Pdf.Text(info, "/Title")))
            yield return new(Checkpoints.NoInfoTitle, null, $"document information dictionary ({Pdf.Id(info)})", "there is no /Title");

        var viewer = Pdf.Dict(catalog, "/ViewerPreferences");
        switch (Pdf.Bool(viewer, "/DisplayDocTitle"))
        {
            case null:
                yield return new(Checkpoints.NoDisplayDocTitle, null, $"catalog /ViewerPreferences", viewer is null ? "there is no /ViewerPreferences dictionary" : "there is no /DisplayDocTitle entry");
                break;
            case false:
                yield return new(Checkpoints.DisplayDocTitleFalse, null, $"catalog /ViewerPreferences", "/DisplayDocTitle is false, so viewers show the file name instead of the title");
                break;
        }

        foreach (var failure in CheckXmp(catalog)) yield return failure;
    }

    private static IEnumerable<ConformanceFailure> CheckXmp(PdfDictionary catalog)
    {
        var metadata = Pdf.Dict(catalog, "/Metadata");
        if (metadata is null)
        {
            yield return new(Checkpoints.NoXmp, null, $"catalog ({Pdf.Id(catalog)})", "there is no /Metadata XMP stream");
            yield break;
        }
        XmpIdentification? xmp = null;
        string? error = null;
        try
        {
            xmp = XmpIdentification.FromXml(Pdf.StreamBytes(metadata));
        }
        catch (XmlException e)
        {
            error = e.Message;
        }
        if (xmp is null)
        {
            yield return new(Checkpoints.NoXmp, null, $"metadata stream ({Pdf.Id(metadata)})", $"the XMP is not well-formed XML: {error}");
            yield break;
        }
        if (xmp.PdfUaPart != 1)
            yield return new(Checkpoints.NoPdfUaId, null, $"metadata stream ({Pdf.Id(metadata)})", xmp.PdfUaPart is { } part ? $"pdfuaid:part is {part}, not 1" : "there is no pdfuaid:part");
        if (string.IsNullOrWhiteSpace(xmp.DcTitle))
            yield return new(Checkpoints.NoDcTitle, null, $"metadata stream ({Pdf.Id(metadata)})", "there is no dc:title (or it is empty)");
    }
}
