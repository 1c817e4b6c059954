using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.RatingLabel;

/// <summary>Turns <c>::word::{.rating .rating-key}</c> inlines into <see cref="RatingLabelInline"/>s. Needs custom containers and generic attributes.</summary>
public sealed class RatingLabelExtension : IMarkdownExtension
{
    private const string ClassPrefix = "rating-";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Convert;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Convert(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<CustomContainerInline>().Where(i => i.GetType() == typeof(CustomContainerInline)).ToList())
        {
            var classes = inline.TryGetAttributes()?.Classes;
            if (classes is null || !classes.Contains("rating")) continue;
            var key = classes.FirstOrDefault(c => c.StartsWith(ClassPrefix, StringComparison.Ordinal))?[ClassPrefix.Length..] ?? "";
            var label = new RatingLabelInline
            {
                RatingKey = key,
                DelimiterChar = inline.DelimiterChar,
                DelimiterCount = inline.DelimiterCount,
                Line = inline.Line,
                Column = inline.Column,
                Span = inline.Span,
            };
            label.SetAttributes(inline.GetAttributes());
            inline.ReplaceBy(label);
        }
    }
}
