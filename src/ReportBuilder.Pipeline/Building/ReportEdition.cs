namespace ReportBuilder.Pipeline.Building;

/// <summary>Which edition a build makes. PNG pages come with the PDF (<see cref="ReportBuildRequest.RenderPng"/>): the same layout drawn twice.</summary>
public enum ReportEdition
{
    /// <summary>The tagged PDF (final: PDF/UA and PDF/A; draft: watermarked, with its notes page).</summary>
    Pdf,

    /// <summary>The accessible HTML edition: a folder of files, from the same templates as the PDF; no fonts or layout.</summary>
    Html,

    /// <summary>
    /// The text of each page (<see cref="ReportBuildResult.PageText"/>): the PDF's layout drawn on a text-only canvas, no PDF
    /// written, within the same page and time limits (what <c>diff</c> compares). Always a final: a folder with errors gives none.
    /// </summary>
    PageText,
}
