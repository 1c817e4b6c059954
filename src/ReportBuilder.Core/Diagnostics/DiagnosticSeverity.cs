namespace ReportBuilder.Core.Diagnostics;

/// <summary>How bad a problem is. Errors stop a build; warnings are printed and the build goes on.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
