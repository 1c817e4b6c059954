using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Yaml;

/// <summary>The codes a stage reports YAML that cannot be read with: each stage keeps its own (docs/data-format.md).</summary>
/// <param name="Syntax">Text that is not YAML.</param>
/// <param name="NotMapping">YAML whose top level is not a mapping of <c>key: value</c> lines.</param>
public sealed record YamlCodes(string Syntax, string NotMapping)
{
    /// <summary>The files of a report folder, and <c>framework.yaml</c>.</summary>
    public static YamlCodes ReportFolder { get; } = new(DiagnosticCodes.YamlSyntax, DiagnosticCodes.YamlSyntax);

    /// <summary>The files of a template set (<c>template.yaml</c>, <c>theme.yaml</c>, <c>strings.yaml</c>).</summary>
    public static YamlCodes TemplateSet { get; } = new(DiagnosticCodes.TemplateYamlSyntax, DiagnosticCodes.TemplateYamlNotMapping);
}
