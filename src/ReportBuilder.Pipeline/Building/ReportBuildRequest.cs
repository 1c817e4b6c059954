using ReportBuilder.Data.Loading;

namespace ReportBuilder.Pipeline.Building;

/// <summary>Final: refuse on validation errors. Draft: build what can be built, watermark, draft notes, build date.</summary>
public enum BuildMode
{
    Final,
    Draft,
}

/// <summary>What to build and how.</summary>
/// <param name="ReportFolder">The report folder as the user named it (<c>data/lincolnshire-2023</c>).</param>
/// <param name="TemplatesRoot">The folder holding <c>&lt;template id&gt;/&lt;version&gt;/</c>; null to look for the nearest <c>templates/</c>.</param>
/// <param name="BuildDate">Printed in a draft's footer. Only drafts carry a date: finals are byte-identical from run to run.</param>
/// <param name="RenderPng">Also render every page as PNG (for <c>draft --png</c>, <c>build --png</c> and the live preview).</param>
/// <param name="Limits">File, template, page and time limits (<c>--limit</c>); null for the defaults.</param>
public sealed record ReportBuildRequest(
    string ReportFolder,
    BuildMode Mode = BuildMode.Final,
    string? TemplatesRoot = null,
    DateOnly? BuildDate = null,
    bool RenderPng = false,
    ReportLimits? Limits = null)
{
    /// <summary>The PDF (default) or the HTML edition.</summary>
    public ReportEdition Edition { get; init; } = ReportEdition.Pdf;

    /// <summary>Also give the Markdown the templates produced, narratives inlined (<c>build --emit-markdown</c>).</summary>
    public bool EmitMarkdown { get; init; }

    /// <summary>
    /// With the PDF, also the HTML edition's files from the same templates' output (the live preview's HTML view): one
    /// run of the templates gives both, so the two views of a save never disagree.
    /// </summary>
    public bool AlsoHtml { get; init; }

    /// <summary>The fonts folder; null: the nearest <c>fonts/</c> above the templates folder, the report folder or the current directory.</summary>
    public string? FontsFolder { get; init; }
}
