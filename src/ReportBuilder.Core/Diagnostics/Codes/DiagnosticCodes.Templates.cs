namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Finding the template set (the loader)
    public const string TemplatesRootNotFound = "RB0901";
    public const string TemplateNotFound = "RB0902";
    public const string TemplateVersionNotFound = "RB0903";
    public const string TemplateManifest = "RB0904";
    public const string UnknownFramework = "RB0905";
    public const string FontsFolderNotFound = "RB0906";

    // Loading and running the template set (Templating: TemplateSet, TemplateRenderer)
    public const string TemplateSetNotFound = "RB0410";
    public const string TemplateManifestMissing = "RB0412";
    public const string EntryTemplateMissing = "RB0413";
    public const string TemplateRuntime = "RB0420";
    public const string TemplateTimeLimit = "RB0421";
    public const string TemplateSyntax = "RB0422";
}
