using ReportBuilder.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Templating.Scriban;

/// <summary>Runs one Scriban template in a sandboxed context and turns its problems into diagnostics.</summary>
public static class TemplateRenderer
{
    /// <summary>
    /// Parses and renders <paramref name="text"/> (named <paramref name="path"/> in messages). Parse errors, runtime
    /// errors and exceeded limits become diagnostics at the template's file, line and column; the result is then null.
    /// </summary>
    public static string? Render(string text, string path, ScriptObject globals, string templateDirectory,
        TemplateContextFactory factory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default, TemplateOutput output = TemplateOutput.Markdown)
    {
        var template = factory.Templates?.Get(path, text, static (t, p) => Template.Parse(t, p)) ?? Template.Parse(text, path);
        foreach (var message in template.Messages)
            diagnostics.Add(ToDiagnostic(message));
        if (template.HasErrors) return null;

        using var scope = factory.Create(globals, templateDirectory, cancellationToken, output);
        try
        {
            return template.Render(scope.Context);
        }
        catch (ScriptRuntimeException e)
        {
            // A parse error inside an included template arrives as a runtime error carrying the parser's messages.
            if (e is ScriptParserRuntimeException parse)
                foreach (var message in parse.ParserMessages) diagnostics.Add(ToDiagnostic(message));
            else if (IsTextLimit(e))
                diagnostics.Error(ToSpan(e.Span, path), DiagnosticCodes.TemplateRuntime,
                    $"Template error: the text here grows past the limit of {factory.LimitToString:N0} characters (--limit file-size=…); text is never cut, so the report is not built ({e.OriginalMessage})");
            else
                diagnostics.Error(ToSpan(e.Span, path), DiagnosticCodes.TemplateRuntime, $"Template error: {e.OriginalMessage}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            diagnostics.Error(SourceSpan.StartOf(path), DiagnosticCodes.TemplateTimeLimit, $"Template rendering took longer than {factory.TimeLimit.TotalSeconds:0.#} s and was stopped.");
        }
        return null;
    }

    /// <summary>Scriban's string and output limits, set to throw rather than cut (<see cref="TemplateContextFactory"/>).</summary>
    private static bool IsTextLimit(ScriptRuntimeException e) =>
        e.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal) || e.OriginalMessage.Contains("OutputLimit", StringComparison.Ordinal);

    public static Diagnostic ToDiagnostic(LogMessage message) => new(
        message.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        DiagnosticCodes.TemplateSyntax,
        $"Template syntax: {message.Message}",
        ToSpan(message.Span, message.Span.FileName));

    /// <summary>Scriban counts lines and columns from 0; editors (and our diagnostics) from 1.</summary>
    public static SourceSpan ToSpan(global::Scriban.Parsing.SourceSpan span, string fallbackFile) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
