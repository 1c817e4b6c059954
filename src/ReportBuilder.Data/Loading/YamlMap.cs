using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// A YAML mapping read through YamlDotNet's representation model (no reflection, AOT-safe), with typed getters that
/// report a wrong or missing value at its line and column instead of throwing, and that remember which keys were
/// read so that unknown (misspelt) keys can be reported with a suggestion.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, SourceFile file, DiagnosticBag diagnostics, string path = "")
    {
        Node = node;
        File = file;
        Diagnostics = diagnostics;
        Path = path;
    }

    public YamlMappingNode Node { get; }
    public SourceFile File { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The dotted key path of this mapping (<c>chief_inspector.</c>) used in messages; empty at the root.</summary>
    public string Path { get; }

    public SourceSpan Span => SpanOf(Node);

    /// <summary>
    /// The mapping's keys with their names. YAML allows a list or a mapping as a key (<c>? [a, b]</c>); none of our
    /// files has a use for one, so such a key is reported at its position and skipped rather than cast.
    /// </summary>
    public IEnumerable<(YamlNode Key, string Name)> Keys()
    {
        foreach (var (key, _) in Node.Children)
        {
            if (key is YamlScalarNode scalar) yield return (key, scalar.Value ?? "");
            else Diagnostics.Error(SpanOf(key), DiagnosticCodes.YamlBadValue, $"a key in '{Path.TrimEnd('.')}' must be a plain name, not a list or a mapping");
        }
    }

    public SourceSpan SpanOf(YamlNode node) => SpanOf(File, node.Start);

    public static SourceSpan SpanOf(SourceFile file, Mark mark) => new(file.DisplayPath, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>Parses a file whose top level must be a mapping; reports syntax errors with YamlDotNet's position.</summary>
    public static YamlMap? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("See inner exception") ? inner.Message : e.Message;
            diagnostics.Error(SpanOf(file, e.Start), DiagnosticCodes.YamlSyntax, $"YAML syntax error: {Tidy(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // A '[' or '{' never closed runs to the end of the file, and YamlDotNet then fails in a state with no position
            // ("operation is not valid due to the current state of the object"): name where the unfinished list began.
            var (span, opener) = UnclosedFlow(file);
            diagnostics.Error(span, DiagnosticCodes.YamlSyntax,
                $"YAML syntax error: this '{opener}' is never closed; expected '{(opener == '[' ? ']' : '}')}' to close it (or put the value in quotes)");
            return null;
        }
        catch (ArgumentException e)
        {
            // The representation model rejects duplicate keys with an ArgumentException that carries no position.
            diagnostics.Error(SourceSpan.StartOf(file.DisplayPath), DiagnosticCodes.YamlSyntax, $"YAML error: {Tidy(e.Message)}");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var span = stream.Documents.Count == 0 ? SourceSpan.StartOf(file.DisplayPath) : SpanOf(file, stream.Documents[0].RootNode.Start);
            diagnostics.Error(span, DiagnosticCodes.YamlSyntax, "expected a YAML mapping of 'key: value' lines");
            return null;
        }
        return new YamlMap(root, file, diagnostics);
    }

    /// <summary>Where the last flow sequence or mapping the parser opened (and never saw closed) began.</summary>
    private static (SourceSpan Span, char Opener) UnclosedFlow(SourceFile file)
    {
        var parser = new Parser(new StringReader(file.Text));
        var open = new Stack<(Mark Start, char Opener)>();
        try
        {
            while (parser.MoveNext())
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } e: open.Push((e.Start, '[')); break;
                    case YamlDotNet.Core.Events.MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow } e: open.Push((e.Start, '{')); break;
                    case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd when open.Count > 0: open.Pop(); break;
                }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException) { }
        return open.TryPeek(out var last) ? (SpanOf(file, last.Start), last.Opener) : (SourceSpan.StartOf(file.DisplayPath), '[');
    }

    private static string Tidy(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the diagnostic already says where.
        var cleaned = PositionPrefix().Replace(message, "").Trim();
        return cleaned.Length == 0 ? message : char.ToLowerInvariant(cleaned[0]) + cleaned[1..].TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();

    public YamlNode? Raw(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in Node.Children)
            if (k is YamlScalarNode s && s.Value == key) return v;
        return null;
    }

    public bool Has(string key) => Raw(key) is not null;

    private void Missing(string key, string expected) =>
        Diagnostics.Error(Span, DiagnosticCodes.YamlMissingKey, $"missing key '{Path}{key}' ({expected})");

    private void Bad(YamlNode node, string key, string message) =>
        Diagnostics.Error(SpanOf(node), DiagnosticCodes.YamlBadValue, $"'{Path}{key}': {message}");

    /// <summary>A non-empty text value.</summary>
    public string? String(string key, bool required = true, string expected = "a text value")
    {
        var node = Raw(key);
        if (node is null)
        {
            if (required) Missing(key, expected);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Bad(node, key, $"expected {expected}, found a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value) || (scalar.Style == ScalarStyle.Plain && value is "~" or "null"))
        {
            if (required) Bad(node, key, $"is empty; expected {expected}");
            return null;
        }
        return value;
    }

    public int? Int(string key, int min, int max, bool required = true)
    {
        var text = String(key, required, $"a whole number from {min} to {max}");
        if (text is null) return null;
        return ParseInt(Raw(key)!, key, text, min, max);
    }

    public int? ParseInt(YamlNode node, string key, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Bad(node, key, $"'{text}' is not a whole number; expected a whole number from {min} to {max}");
            return null;
        }
        if (value < min || value > max)
        {
            Bad(node, key, $"{value} is out of range; expected a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    /// <summary>A date written <c>2023-01-09</c> (ISO 8601, as YAML dates are).</summary>
    public DateOnly? Date(string key, bool required = true)
    {
        var text = String(key, required, "a date written YYYY-MM-DD");
        if (text is null) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Bad(Raw(key)!, key, $"'{text}' is not a date; expected YYYY-MM-DD (for example 2023-01-09)");
            return null;
        }
        return date;
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var node = Raw(key);
        if (node is null)
        {
            if (required) Missing(key, "a mapping");
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            Bad(node, key, "expected a mapping of 'key: value' lines");
            return null;
        }
        return new YamlMap(mapping, File, Diagnostics, $"{Path}{key}.");
    }

    public YamlSequenceNode? Sequence(string key, bool required = true)
    {
        var node = Raw(key);
        if (node is null)
        {
            if (required) Missing(key, "a list");
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            Bad(node, key, "expected a list ('- item' lines)");
            return null;
        }
        return sequence;
    }

    /// <summary>Reports every key that no getter asked for, suggesting the closest known one.</summary>
    public void ReportUnknownKeys(IEnumerable<string>? alsoKnown = null)
    {
        var known = alsoKnown is null ? _known : _known.Concat(alsoKnown).ToHashSet();
        foreach (var (k, _) in Node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name)) continue;
            Diagnostics.Error(SpanOf(k), DiagnosticCodes.YamlUnknownKey,
                $"unknown key '{Path}{name}'{Suggestions.DidYouMean(name, known)}");
        }
    }
}
