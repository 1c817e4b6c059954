using ReportBuilder.Conformance.Content;
using ReportBuilder.Conformance.Fonts;
using ReportBuilder.Conformance.Reading;
using ReportBuilder.Conformance.Rules;
using ReportBuilder.Conformance.Structure;

namespace ReportBuilder.Conformance;

/// <summary>
/// Checks a PDF against the machine-checkable subset of the Matterhorn Protocol 1.1 (PDF/UA-1) listed in
/// <see cref="Checkpoints"/> and docs/accessibility.md. It judges files from any writer and knows nothing of ReportBuilder.
/// </summary>
public static class PdfUaChecker
{
    /// <summary>Checks the PDF at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ConformanceReport Check(string path) => Check(File.ReadAllBytes(path), path);

    /// <summary>Checks a PDF read from <paramref name="pdf"/> (to its end).</summary>
    public static ConformanceReport Check(Stream pdf)
    {
        using var copy = new MemoryStream();
        pdf.CopyTo(copy);
        return Check(copy.ToArray(), "stream");
    }

    /// <summary>Checks a PDF held in memory; <paramref name="source"/> names it in the report.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PDF that PDFsharp can open.</exception>
    public static ConformanceReport Check(byte[] pdf, string source = "bytes")
    {
        PdfFile file;
        try
        {
            file = PdfFile.Open(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{source}: not a readable PDF ({e.Message})", e);
        }

        var failures = new List<ConformanceFailure>();
        failures.AddRange(DocumentRules.Check(file));
        var tree = StructureTree.Read(file);
        var content = ContentScanner.Scan(file, tree);
        failures.AddRange(content.Failures);
        if (tree is not null) failures.AddRange(StructureRules.Check(tree, content.MarkedContent));
        failures.AddRange(AnnotationRules.Check(file, tree));
        var fontFailures = FontRules.Check(content.Text).ToList();
        failures.AddRange(fontFailures);
        failures.AddRange(LineWrapRules.Check(content.Text));
        var flaggedPages = fontFailures.Where(f => f.Page is not null).Select(f => f.Page!.Value).ToHashSet();
        failures.AddRange(TextExtractionRules.Check(pdf, flaggedPages));
        return new ConformanceReport(source, failures);
    }
}
