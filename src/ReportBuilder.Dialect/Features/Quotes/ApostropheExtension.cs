using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Dialect.Features.Quotes;

/// <summary>
/// Apostrophes inside words ("children's", "don't"), which SmartyPants leaves as text, printed ’: on the parsed
/// document, so both editions get them. One character for one, so every source position stays true.
/// </summary>
public sealed class ApostropheExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Curl;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Curl(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.AsSpan().IndexOf('\'') < 0) continue;
            literal.Content = new StringSlice(content.ToString().Replace('\'', '\u2019'));
        }
    }
}
