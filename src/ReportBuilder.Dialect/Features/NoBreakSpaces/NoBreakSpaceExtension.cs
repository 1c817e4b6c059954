using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Dialect.Features.NoBreakSpaces;

/// <summary>
/// No-break spaces where a typesetter would not let a line break: between a number and what it counts ("12 months",
/// "42 interviews", "10 January"), a month and its year ("January 2022"), in "out of 10" and "per cent". On the parsed
/// document, so both editions get them; one character for one, so every source position stays true.
/// </summary>
/// <remarks>
/// A number of up to three digits before a lower-case word (not a little word such as "and" or "of") or a month: a year ("in 2016 Lincolnshire…") counts nothing
/// and a section number ("1.1. Governance") ends in a full stop, so neither is glued to what follows.
/// </remarks>
public sealed partial class NoBreakSpaceExtension : IMarkdownExtension
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex(@"(?<=(?<![\d.,])\b\d{1,3}) (?=(?!(?:and|or|but|to|in|on|at|of|the|a|as|by|for|with|from)\b)\p{Ll}|(?:" + Months + @")\b)|(?<=\b(?:" + Months + @")) (?=\d{4}\b)|(?<=\bout of) (?=\d)|(?<=\bper) (?=cent\b)")]
    private static partial Regex Unbreakable();

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Glue;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The text with no-break spaces where the rules want them (for text that never passes through Markdown).</summary>
    public static string Apply(string text) => text.Contains(' ') ? Unbreakable().Replace(text, "\u00A0") : text;

    private static void Glue(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content.ToString();
            var glued = Apply(content);
            if (!ReferenceEquals(glued, content) && glued != content) literal.Content = new StringSlice(glued);
        }
    }
}
