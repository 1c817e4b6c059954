using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportBuilder.Templating.Markdown.Sanitizing;

/// <summary>
/// Removes Markdig's generic attributes (<c>{#id .class key=value}</c>) that the editions must not carry, so that
/// <c>{onfocus=… autofocus}</c>, <c>{style=…}</c> or an id from data never reaches the PDF or the HTML page.
/// </summary>
/// <remarks>
/// <para>Data files (narratives, findings) may carry none, except a table's <c>caption</c> (printed as escaped text).
/// Template output may carry the classes our dialect reads (<c>notoc</c> on a heading, <c>rating</c> and
/// <c>rating-&lt;key&gt;</c> on a rating label) and that caption; no id and no other property.</para>
/// <para>A container keeps the class Markdig gives it from its name (<c>:::survey-chart</c>).</para>
/// <para>It runs on the parsed tree, after our extensions read their classes, and before any renderer, so both
/// editions see the same tree. The warning naming what was removed comes from the loader (RB1402), which sees the
/// data files for <c>check</c> and <c>build</c> alike.</para>
/// </remarks>
public static class GenericAttributeFilter
{
    private const string CaptionProperty = "caption";

    /// <summary>Leaves a data file's tree with no attributes but a table's caption.</summary>
    public static void FilterData(MarkdownDocument document) => Filter(document, allowClasses: false);

    /// <summary>Leaves template output with only the classes the dialect reads and a table's caption.</summary>
    public static void FilterTemplateOutput(MarkdownDocument document) => Filter(document, allowClasses: true);

    /// <summary>True for a class the templates may set: <c>notoc</c>, <c>rating</c>, <c>rating-&lt;key&gt;</c>.</summary>
    public static bool IsDialectClass(string name) =>
        name is "notoc" or "rating"
        || (name.StartsWith(RatingPrefix, StringComparison.Ordinal) && name.Length > RatingPrefix.Length
            && !name.AsSpan(RatingPrefix.Length).ContainsAnyExcept(RatingKeyCharacters));

    private const string RatingPrefix = "rating-";
    private static readonly System.Buffers.SearchValues<char> RatingKeyCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    private static void Filter(MarkdownDocument document, bool allowClasses)
    {
        foreach (var node in document.Descendants().Prepend(document))
        {
            if (node.TryGetAttributes() is not { } attributes) continue;
            attributes.Id = null;
            if (attributes.Classes is { } classes)
            {
                // A container's own name is its class (Markdig's doing, not the author's): it stays.
                var own = (node as Markdig.Extensions.CustomContainers.CustomContainer)?.Info;
                classes.RemoveAll(c => c != own && !(allowClasses && IsDialectClass(c)));
                if (classes.Count == 0) attributes.Classes = null;
            }
            if (attributes.Properties is { } properties)
            {
                properties.RemoveAll(p => !(node is Table && p.Key == CaptionProperty));
                if (properties.Count == 0) attributes.Properties = null;
            }
        }
    }
}
