namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The YAML of a template set (template.yaml, theme.yaml, strings.yaml), read by Templating
    public const string TemplateYamlSyntax = "RB1200";
    public const string TemplateYamlNotMapping = "RB1201";
    public const string TemplateYamlUnknownKey = "RB1202";
    public const string TemplateYamlBadShape = "RB1203";
    public const string TemplateYamlExpectedText = "RB1204";
    public const string TemplateYamlBadNumber = "RB1205";
    public const string TemplateYamlBadBoolean = "RB1206";
    public const string TemplateYamlBadColour = "RB1207";
    public const string ThemeUnknownPageSize = "RB1208";
}
