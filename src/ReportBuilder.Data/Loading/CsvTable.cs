using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Data.Loading;

/// <summary>One data row of a CSV file with the position of every field, so a bad value is reported where it stands.</summary>
public sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;
    private readonly SourceSpan[] _spans;

    internal CsvRow(IReadOnlyDictionary<string, int> columns, string[] fields, SourceSpan[] spans, SourceSpan span)
    {
        _columns = columns;
        _fields = fields;
        _spans = spans;
        Span = span;
    }

    /// <summary>The start of the row: its physical line (counting lines inside quoted fields), column 1.</summary>
    public SourceSpan Span { get; }

    public int Line => Span.Line;

    /// <summary>The trimmed value of a column, or null when the column does not exist or the field is empty.</summary>
    public string? this[string column] =>
        _columns.TryGetValue(column, out var i) && i < _fields.Length && _fields[i].Trim() is { Length: > 0 } v ? v : null;

    /// <summary>Where a column's field starts; the row's start when the field is absent.</summary>
    public SourceSpan SpanOf(string column) =>
        _columns.TryGetValue(column, out var i) && i < _spans.Length ? _spans[i] : Span;
}

/// <summary>A CSV file read against a declared set of columns.</summary>
public sealed record CsvTable(SourceFile File, IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows);
