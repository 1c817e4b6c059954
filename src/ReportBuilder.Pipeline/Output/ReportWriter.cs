using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Output;
using ReportBuilder.Pipeline.Building;

namespace ReportBuilder.Pipeline.Output;

/// <summary>
/// Writes what a build gave to where the command names, every file through the one atomic writer
/// (<see cref="AtomicFile"/>, <see cref="AtomicDirectoryWriter"/>: flushed to disk, then renamed into place), so that
/// no command writes a file of its own. <c>build</c>, <c>draft</c> and <c>watch</c> share it.
/// </summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes the PDF, then the Markdown, the PNG pages and the HTML edition, each that <paramref name="outputs"/> names and
    /// <paramref name="result"/> holds. Stops at the first output that cannot be written and says which; what was
    /// written before it stays, and what was there before it is unchanged.
    /// </summary>
    public static OutputFailure? Write(ReportBuildResult result, ReportOutputs outputs)
    {
        var writing = "";
        try
        {
            if (outputs.PdfFile is { } pdfFile && result.Pdf is { } pdf) AtomicFile.WriteAllBytes(writing = pdfFile, pdf);
            if (outputs.MarkdownFile is { } markdownFile && result.Markdown is { } markdown)
                AtomicFile.WriteAllBytes(writing = markdownFile, new UTF8Encoding(false).GetBytes(markdown));
            if (outputs.PngFolder is { } pngFolder && result.Pdf is not null) PngPageFolder.Write(writing = pngFolder, result.PngPages);
            if (outputs.HtmlFolder is { } htmlFolder && result.Html is { } html) AtomicDirectoryWriter.Write(writing = htmlFolder, html);
            return null;
        }
        catch (OutputRefusedException e)
        {
            return new OutputFailure(writing, DiagnosticCodes.OutputRefused, $"{e.Message}; nothing was written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a read-only folder, a link that points at itself: the file system's answer, not ours to hide.
            return new OutputFailure(writing, DiagnosticCodes.OutputFailed, $"cannot write the output ({e.Message}); what was there before is unchanged");
        }
    }
}
