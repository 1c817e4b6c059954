using System.Text.RegularExpressions;
using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;

namespace ReportBuilder.Dialect.Features.Footnotes;

/// <summary>
/// Every footnote reference has its text, every text is referenced, and no label is defined twice: in a narrative
/// text and in the templates' output alike, with the same codes and words.
/// </summary>
/// <remarks>
/// The source lines are read, not only the parsed tree: Markdig leaves a reference without a definition as literal
/// text and drops definitions that nothing references. Lines inside code blocks are skipped.
/// </remarks>
public static partial class FootnotePairingRule
{
    /// <param name="document">The parsed <paramref name="text"/> (for its code blocks).</param>
    public static void Check(MarkdownDocument document, string text, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        var codeLines = CodeLines(document);
        var lines = text.Split('\n');
        var references = new List<(string Label, SourceSpan Span, int Line)>();
        var defined = new Dictionary<string, (SourceSpan Span, int Line)>(StringComparer.Ordinal);
        SourceSpan Span(int line0, int column0) => new(origin.File, origin.LineOffset + line0 + 1, column0 + 1);

        for (var l = 0; l < lines.Length; l++)
        {
            if (codeLines.Contains(l)) continue;
            var definition = Definition().Match(lines[l]);
            if (definition.Success)
            {
                var label = definition.Groups[2].Value;
                var span = Span(l, definition.Groups[1].Index);
                if (!defined.TryAdd(label, (span, l)))
                    diagnostics.Error(span, DiagnosticCodes.DuplicateFootnote,
                        $"footnote [^{label}] is defined twice (first at line {defined[label].Span.Line}){origin.DescribeLine(l)}");
            }
            // Every other [^label] is a reference, even one followed by ':' in mid-line ("text[^b]:::"), which is no definition.
            foreach (Match m in Reference().Matches(lines[l]))
                if (!(definition.Success && m.Index == definition.Groups[1].Index))
                    references.Add((m.Groups[1].Value, Span(l, m.Index), l));
        }

        var used = references.Select(r => r.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var (label, span, line) in references)
            if (!defined.ContainsKey(label))
                diagnostics.Error(span, DiagnosticCodes.FootnoteWithoutDefinition,
                    $"footnote [^{label}] has no text: add a line '[^{label}]: …' to this file{Suggestions.DidYouMean(label, defined.Keys)}{origin.DescribeLine(line)}");
        foreach (var (label, (span, line)) in defined)
            if (!used.Contains(label))
                diagnostics.Error(span, DiagnosticCodes.FootnoteWithoutReference,
                    $"footnote [^{label}] is never referenced: add [^{label}] where it belongs in the text, or delete it{origin.DescribeLine(line)}");
    }

    /// <summary>The 0-based lines that code blocks cover, fences included.</summary>
    private static HashSet<int> CodeLines(MarkdownDocument document)
    {
        var lines = new HashSet<int>();
        foreach (var code in document.Descendants<CodeBlock>())
            for (var l = code.Line; l <= code.Line + Math.Max(0, code.Lines.Count + 1); l++) lines.Add(l);
        return lines;
    }

    /// <summary><c>[^label]</c> anywhere; the one that opens a definition line is told apart by <see cref="Definition"/>.</summary>
    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex Reference();

    /// <summary><c>[^label]: text</c> at the start of a line (up to three spaces of indentation).</summary>
    [GeneratedRegex(@"^\s{0,3}(\[\^([^\]\s]+)\]):")]
    private static partial Regex Definition();
}
