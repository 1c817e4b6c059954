using System.Collections;

namespace ReportBuilder.Core.Diagnostics;

/// <summary>Collects every problem of a run so that all of them are reported at once, instead of throwing at the first.</summary>
/// <remarks>Not thread-safe: one bag per load or build. Order is the order of discovery; use <see cref="Sorted"/> to print.</remarks>
public sealed class DiagnosticBag : IReadOnlyCollection<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;
    public bool HasErrors => _items.Exists(d => d.IsError);
    public bool HasWarnings => _items.Exists(d => !d.IsError);
    public int ErrorCount => _items.Count(d => d.IsError);
    public int WarningCount => _items.Count(d => !d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(SourceSpan span, string code, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, span));

    public void Warning(SourceSpan span, string code, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, span));

    /// <summary>By file (ordinal), then line, then column; ties keep discovery order (stable sort), so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Span.Line)
            .ThenBy(x => x.d.Span.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
