using ReportBuilder.Data.Loading;
using ReportBuilder.Html;
using ReportBuilder.Pipeline;

namespace ReportBuilder.Cli.Commands.Build;

/// <summary>
/// <c>reportbuilder build &lt;report-folder&gt; --format html [-o DIR]</c>: the HTML edition, a folder with
/// <c>index.html</c>, <c>report.css</c> and <c>fonts/</c>, from the same templates as the PDF. Same exit codes.
/// </summary>
public static class HtmlFormat
{
    public const string Name = "html";

    public static int Execute(string folder, string? outputDirectory, string? templatesRoot, TextWriter output, TextWriter error,
        ReportLimits? limits = null)
    {
        var target = outputDirectory ?? Path.Combine("out", "html", Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
        var result = HtmlEditionBuilder.Build(folder, target, templatesRoot, limits: limits);
        foreach (var diagnostic in result.Diagnostics.Sorted()) error.WriteLine(diagnostic.ToString());
        if (!result.Written)
        {
            error.WriteLine($"{folder}: not built ({result.Diagnostics.ErrorCount} error(s)); 'reportbuilder check {folder}' lists the problems.");
            return ExitCodes.Errors;
        }
        output.WriteLine($"{target}/{HtmlEdition.PageFile}: HTML edition written");
        return result.Diagnostics.HasWarnings ? ExitCodes.Warnings : ExitCodes.Success;
    }
}
