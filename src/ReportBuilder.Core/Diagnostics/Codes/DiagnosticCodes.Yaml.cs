namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // YAML of the report folder
    public const string YamlSyntax = "RB0101";
    public const string YamlUnknownKey = "RB0102";
    public const string YamlMissingKey = "RB0103";
    public const string YamlBadValue = "RB0104";
}
