using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Yaml;

/// <summary>
/// The one YAML reader: parses text into YamlDotNet's representation model (no reflection, AOT-safe) and reports
/// every way it can fail as a diagnostic at file, line and column, never as an exception. Every YAML file of a report
/// folder and of a template set goes through <see cref="ParseMapping"/>.
/// </summary>
public static partial class YamlText
{
    /// <summary>Where a node (or a parser mark) is: YamlDotNet counts lines and columns from 1, as diagnostics do.</summary>
    public static SourceSpan SpanOf(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>Where <paramref name="node"/> starts in <paramref name="file"/>.</summary>
    public static SourceSpan SpanOf(string file, YamlNode node) => SpanOf(file, node.Start);

    /// <summary>
    /// The top-level mapping of <paramref name="text"/>; null, with one error, when it is not YAML or not a mapping.
    /// </summary>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="emptyIsMapping">True where an empty file means "nothing set" (a theme that changes nothing).</param>
    public static YamlMappingNode? ParseMapping(string text, string file, DiagnosticBag diagnostics, YamlCodes codes, bool emptyIsMapping = false)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("See inner exception") ? inner.Message : e.Message;
            diagnostics.Error(SpanOf(file, e.Start), codes.Syntax, $"YAML syntax error: {Tidy(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // A '[' or '{' never closed runs to the end of the file, and YamlDotNet then fails in a state with no position
            // ("operation is not valid due to the current state of the object"): name where the unfinished list began.
            var (span, opener) = UnclosedFlow(text, file);
            diagnostics.Error(span, codes.Syntax,
                $"YAML syntax error: this '{opener}' is never closed; expected '{(opener == '[' ? ']' : '}')}' to close it (or put the value in quotes)");
            return null;
        }
        catch (ArgumentException e)
        {
            // The representation model rejects duplicate keys with an ArgumentException that carries no position.
            diagnostics.Error(SourceSpan.StartOf(file), codes.Syntax, $"YAML error: {Tidy(e.Message)}");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            if (emptyIsMapping) return new YamlMappingNode();
            diagnostics.Error(SourceSpan.StartOf(file), codes.NotMapping, "expected a YAML mapping of 'key: value' lines");
            return null;
        }
        if (stream.Documents[0].RootNode is YamlMappingNode root) return root;
        diagnostics.Error(SpanOf(file, stream.Documents[0].RootNode), codes.NotMapping, "expected a YAML mapping of 'key: value' lines");
        return null;
    }

    /// <summary>The text of <paramref name="key"/> in <paramref name="map"/> when it is a scalar; null otherwise.</summary>
    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

    /// <summary>Where the last flow sequence or mapping the parser opened (and never saw closed) began.</summary>
    private static (SourceSpan Span, char Opener) UnclosedFlow(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(Mark Start, char Opener)>();
        try
        {
            while (parser.MoveNext())
                switch (parser.Current)
                {
                    case SequenceStart { Style: SequenceStyle.Flow } e: open.Push((e.Start, '[')); break;
                    case MappingStart { Style: MappingStyle.Flow } e: open.Push((e.Start, '{')); break;
                    case SequenceEnd or MappingEnd when open.Count > 0: open.Pop(); break;
                }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException) { }
        return open.TryPeek(out var last) ? (SpanOf(file, last.Start), last.Opener) : (SourceSpan.StartOf(file), '[');
    }

    private static string Tidy(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the diagnostic already says where.
        var cleaned = PositionPrefix().Replace(message, "").Trim();
        return cleaned.Length == 0 ? message : char.ToLowerInvariant(cleaned[0]) + cleaned[1..].TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
