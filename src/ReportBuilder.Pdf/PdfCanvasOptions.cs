namespace ReportBuilder.Pdf;

/// <summary>What the PDF writer claims and how it compresses.</summary>
/// <remarks>
/// Defaults give a tagged (PDF/UA-style) document without a PDF/A claim. <see cref="PdfA"/> implies
/// <see cref="Tagged"/>: PDFsharp's PDF/A mode always builds a structure tree.
/// </remarks>
public sealed record PdfCanvasOptions
{
    /// <summary>Write a structure tree, marked content and artifacts (default true).</summary>
    public bool Tagged { get; init; } = true;

    /// <summary>Claim PDF/A (PDFsharp writes PDF/A-1a identification) with an sRGB output intent.</summary>
    public bool PdfA { get; init; }

    /// <summary>Write <c>pdfuaid:part 1</c> into the XMP metadata when tagged (default true).</summary>
    public bool PdfUaIdentification { get; init; } = true;

    /// <summary>Flate-compress content streams (default true).</summary>
    public bool Compress { get; init; } = true;

    /// <summary>
    /// Deflate at zlib's fastest level rather than its default (default false): a file about a third larger, written
    /// sooner. For drafts, which are read at once and never archived; a final's bytes stay those of every earlier build.
    /// </summary>
    public bool FastCompression { get; init; }

    public static PdfCanvasOptions Default { get; } = new();
}
