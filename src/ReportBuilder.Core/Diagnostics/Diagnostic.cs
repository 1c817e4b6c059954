namespace ReportBuilder.Core.Diagnostics;

/// <summary>One problem found in a report folder or a template, with where it is and what was expected.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable identifier (<c>RB0201</c>) that tests and documentation can name.</param>
/// <param name="Message">One sentence for a person: what is wrong and what was expected.</param>
/// <param name="Span">Where: file, line, column.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceSpan Span)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The compiler convention <c>file:line:column: error: message [code]</c>, which editors and terminals
    /// recognise as a link to the position.
    /// </summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{Span.File}:{Span.Line}:{Span.Column}: {severity}: {Message} [{Code}]";
    }
}
