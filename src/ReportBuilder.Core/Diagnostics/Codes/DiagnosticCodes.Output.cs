namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Output and input paths (issue #14), reported by the CLI, the loader and the HTML edition
    public const string OutputRefused = "RB1301";
    public const string NotARegularFile = "RB1302";
    public const string OutputFailed = "RB1303";
    public const string TemplateFileRefused = "RB1304";
    public const string FontFileRefused = "RB1305";
}
