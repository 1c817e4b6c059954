using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Dialect.Features.Containers;

/// <summary>
/// A <c>:::name</c> container that is not one of those allowed where it stands (<see cref="ContainerNames"/>): a
/// misspelling, or a templates' container in a narrative text. Neither edition would show what it means.
/// </summary>
public static class UnknownContainerRule
{
    /// <param name="allowed"><see cref="ContainerNames.InNarrativeText"/> for a report folder's text, <see cref="ContainerNames.All"/> for the templates' output.</param>
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var name = container.Info ?? "";
            if (allowed.Contains(name)) continue;
            diagnostics.Error(origin.SpanOf(container), DiagnosticCodes.UnknownContainer,
                $"unknown container ':::{name}'{Suggestions.DidYouMean(name, allowed)}; the containers are {string.Join(", ", allowed.Select(n => ":::" + n))}{origin.Describe(container)}");
        }
    }
}
