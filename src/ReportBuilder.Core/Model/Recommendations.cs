namespace ReportBuilder.Core.Model;

/// <summary>
/// <c>recommendations.md</c>: the paragraph(s) before the list, the lead-in sentence ("Lincolnshire Youth Offending
/// Service should:") and the numbered recommendations, each as Markdown source.
/// </summary>
/// <param name="Source">The whole file, for templates that render it as written.</param>
/// <param name="Introduction">The paragraphs before the lead-in (Markdown), possibly empty.</param>
/// <param name="LeadIn">The last paragraph before the list.</param>
/// <param name="Items">The recommendations in order, inline Markdown each.</param>
public sealed record Recommendations(MarkdownSource Source, string Introduction, string LeadIn, IReadOnlyList<string> Items);
