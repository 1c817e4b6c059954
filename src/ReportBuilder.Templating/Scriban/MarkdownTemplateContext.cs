using Scriban;
using Scriban.Runtime;

namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// A template context whose output is Markdown: every string an expression prints (<c>{{ inspection.isbn }}</c>) is
/// data and is escaped with <see cref="MarkdownLiteral.Escape"/>, so no value from <c>report.yaml</c> or a CSV file
/// can start a chapter, a <c>:::</c> box, a link or raw HTML. <see cref="MarkdownText"/> (what the <c>report</c>
/// helpers return, and the recommendations' own Markdown) is written as it is; the template's literal text too.
/// </summary>
/// <remarks>Escaping here, in the engine, rather than by <c>report.md</c> in each template: a template that forgets it
/// can no longer let data through (issue #14, fault 4).</remarks>
internal sealed class MarkdownTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(global::Scriban.Parsing.SourceSpan span, object? textAsObject) => textAsObject switch
    {
        MarkdownText markdown => base.Write(span, markdown.Value),
        string text => base.Write(span, MarkdownLiteral.Escape(text)),
        _ => base.Write(span, textAsObject),
    };
}
