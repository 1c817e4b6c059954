using ReportBuilder.Pdf.Images;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Scriban;

namespace ReportBuilder.Pipeline.Warm;

/// <summary>
/// What a warm pipeline keeps between builds: the parsed Scriban templates, the template sets (manifest, theme,
/// strings) and the loaded fonts, each dropped and read again when its files change, and the images the PDF writer has
/// read, found by their bytes. One instance serves a whole <c>watch</c> session (and its live preview), or every report
/// of an archive; a build given a fresh instance is cold.
/// </summary>
/// <remarks>
/// What is kept never changes the bytes of a build: a warm build and a cold one of the same folder are identical
/// (<c>WarmPipelineTests</c>). The report folder itself is read afresh by every build: it is what a person edits.
/// Safe to share between threads.
/// </remarks>
public sealed class PipelineCache
{
    /// <summary>The process's cache, for builds that name none.</summary>
    public static PipelineCache Process { get; } = new();

    public ParsedTemplates Templates { get; } = new();

    public TemplateSetCache TemplateSets { get; } = new();

    public FontCache Fonts { get; } = new();

    /// <summary>Images as the PDF writer has read them (the cover's logo, the reports' own), found by their bytes.</summary>
    public PdfImageCache Images { get; } = new();
}
