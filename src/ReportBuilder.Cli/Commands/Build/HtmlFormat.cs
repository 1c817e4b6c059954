using ReportBuilder.Data.Loading;
using ReportBuilder.Html;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Output;

namespace ReportBuilder.Cli.Commands.Build;

/// <summary>
/// <c>reportbuilder build &lt;report-folder&gt; --format html [-o DIR]</c>: the HTML edition, a folder with
/// <c>index.html</c>, <c>report.css</c> and <c>fonts/</c>, from the same templates as the PDF. Same exit codes.
/// </summary>
public static class HtmlFormat
{
    public const string Name = "html";

    public static int Execute(IReportBuilder builder, string folder, string? outputDirectory, string? templatesRoot, TextWriter output, TextWriter error,
        ReportLimits? limits = null)
    {
        var target = outputDirectory ?? Path.Combine("out", "html", Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
        var result = builder.Build(new ReportBuildRequest(folder, BuildMode.Final, templatesRoot, Limits: limits) { Edition = ReportEdition.Html });
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic.ToString());
        if (result.Html is null)
        {
            error.WriteLine($"{folder}: not built ({result.Diagnostics.Count(d => d.IsError)} error(s)); 'reportbuilder check {folder}' lists the problems.");
            return ExitCodes.Errors;
        }
        if (ReportWriter.Write(result, new ReportOutputs(HtmlFolder: target)) is { } failure)
        {
            error.WriteLine(failure.ToString());
            return ExitCodes.Errors;
        }
        output.WriteLine($"{target}/{HtmlEdition.PageFile}: HTML edition written");
        return result.Diagnostics.Any(d => !d.IsError) ? ExitCodes.Warnings : ExitCodes.Success;
    }
}
