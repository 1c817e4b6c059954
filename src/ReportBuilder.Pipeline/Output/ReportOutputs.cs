namespace ReportBuilder.Pipeline.Output;

/// <summary>Where the files of one build go; an output left null is not written.</summary>
/// <param name="PdfFile">The PDF (final or draft).</param>
/// <param name="PngFolder">The pages as PNG, <c>page-001.png</c>, … (see <see cref="PngPageFolder"/>).</param>
/// <param name="MarkdownFile">The templates' Markdown, narratives inlined.</param>
/// <param name="HtmlFolder">The HTML edition's folder, written whole or not at all.</param>
public sealed record ReportOutputs(string? PdfFile = null, string? PngFolder = null, string? MarkdownFile = null, string? HtmlFolder = null);

/// <summary>An output that could not be written: its path, the code (RB1301 refused, RB1303 failed) and why.</summary>
public sealed record OutputFailure(string Path, string Code, string Message)
{
    /// <summary>One line in the form the commands print: <c>out/x.pdf: error RB1303: cannot write the output (…)</c>.</summary>
    public override string ToString() => $"{Path}: error {Code}: {Message}";

    public Core.Diagnostics.Diagnostic ToDiagnostic() =>
        new(Core.Diagnostics.DiagnosticSeverity.Error, Code, Message, Core.Diagnostics.SourceSpan.StartOf(Path));
}
