using System.Globalization;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>
/// What makes a draft look like one: a "Draft notes" first page listing every problem with its file and line, DRAFT across
/// every page (the foreground layer, an artifact: it is not part of the text), and the build date in the footer.
/// </summary>
/// <remarks>The build date is the one thing in a build that comes from a clock; finals never carry it, so they stay byte-identical.</remarks>
public sealed record DraftMarks(DateOnly BuildDate)
{
    /// <summary>Translucent red: the text stays readable under it (drafts are never PDF/A, which forbids transparency).</summary>
    private static readonly Color WatermarkColour = new(200, 30, 30, 46);

    /// <summary>"Draft built 26 November 2026", for the footer.</summary>
    public string FooterText => "Draft built " + BuildDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The first section: every problem found so far (loading, validation, templates), sorted by file and line.</summary>
    public void AddNotesSection(DocumentDescriptor document, DiagnosticBag diagnostics, Size pageSize, double margin)
    {
        var problems = diagnostics.Sorted();
        document.Section(s =>
        {
            s.Size(pageSize).Margin(margin);
            AddWatermark(s, pageSize);
            s.Footer().Paragraph(p => p.AlignRight().Style(new TextStyle { FontSize = 8 }).Span(FooterText));
            s.Content().Column(c =>
            {
                c.Item().Paragraph(p => p.Style(new TextStyle { FontSize = 20, Bold = true }).SpaceAfter(8).Span("Draft notes"));
                c.Item().Paragraph(p => p.SpaceAfter(12).Span(problems.Count == 0
                    ? "No problems were found. This draft is not for publication: build the final with 'reportbuilder build'."
                    : $"{Count(problems.Count(d => d.IsError), "error")} and {Count(problems.Count(d => !d.IsError), "warning")} were found. " +
                      "Each names the file, line and column to edit. This draft is not for publication."));
                foreach (var problem in problems)
                {
                    c.Item().Paragraph(p =>
                    {
                        p.Style(new TextStyle { FontSize = 9 }).SpaceAfter(4);
                        p.Span(problem.IsError ? "Error  " : "Warning  ").Bold();
                        p.Span($"{problem.Span.File}:{problem.Span.Line}:{problem.Span.Column}  ");
                        p.Span($"{problem.Message} [{problem.Code}]");
                    });
                }
            });
        });
    }

    /// <summary>DRAFT corner to corner across every page of the section, in the foreground layer (tagged as a watermark artifact).</summary>
    public void AddWatermark(SectionDescriptor section, Size pageSize) =>
        section.Foreground().Watermark("DRAFT", new TextStyle { FontSize = 140, Bold = true, Color = WatermarkColour });

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
