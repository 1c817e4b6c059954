using ReportBuilder.Cli.Output;
using System.CommandLine;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Data.Loading;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Output;

namespace ReportBuilder.Cli.Commands.Build;

/// <summary>
/// <c>reportbuilder build &lt;report-folder&gt; [-o file.pdf] [--templates DIR] [--emit-markdown FILE]</c>: the final PDF.
/// Refuses (exit 2) when the report folder has errors; prints warnings and builds (exit 1 with warnings, 0 clean).
/// </summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<IReportBuilder> createBuilder)
    {
        var folder = new Argument<string>("report-folder") { Description = "The report folder (data/lincolnshire-2023)." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "The PDF to write. Default: out/<folder name>.pdf." };
        var templates = new Option<string?>("--templates") { Description = "The templates folder. Default: the nearest 'templates' folder above the report folder." };
        var markdown = new Option<string?>("--emit-markdown") { Description = "Also write the Markdown the templates produced (narrative texts inlined), to read or diff." };
        var png = new Option<string?>("--png") { Description = "Also write every page as a PNG (60 dpi) into this folder." };
        var format = new Option<string>("--format") { Description = "pdf (default) or html: the HTML edition, a folder (-o names the folder; default out/html/<folder name>).", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("pdf", HtmlFormat.Name);
        var limits = LimitOption.Create();
        var command = new Command("build", "Build the final PDF of a report.") { folder, outputFile, templates, markdown, png, format, limits };
        command.SetAction(parse => parse.GetValue(format) == HtmlFormat.Name
            ? HtmlFormat.Execute(createBuilder(), parse.GetValue(folder)!, parse.GetValue(outputFile), parse.GetValue(templates), output, error, parse.GetValue(limits))
            : Execute(createBuilder(), parse.GetValue(folder)!, parse.GetValue(outputFile), parse.GetValue(templates), parse.GetValue(markdown), output, error, parse.GetValue(png), parse.GetValue(limits)));
        return command;
    }

    public static int Execute(IReportBuilder builder, string folder, string? outputFile, string? templatesRoot, string? markdownFile, TextWriter output, TextWriter error, string? pngFolder = null,
        ReportLimits? limits = null)
    {
        var target = outputFile ?? Path.Combine("out", Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".pdf");
        foreach (var path in new[] { target, markdownFile })
            if (path is not null && OutputPaths.FileRefusal(folder, path) is { } why)
            {
                error.WriteLine($"{path}: error {Core.Diagnostics.DiagnosticCodes.OutputRefused}: {why}; nothing was written");
                return ExitCodes.Errors;
            }
        if (pngFolder is not null && OutputPaths.FolderRefusal(folder, pngFolder) is { } pngWhy)
        {
            error.WriteLine($"{pngFolder}: error {Core.Diagnostics.DiagnosticCodes.OutputRefused}: {pngWhy}; nothing was written");
            return ExitCodes.Errors;
        }
        var result = builder.Build(new ReportBuildRequest(folder, BuildMode.Final, templatesRoot, RenderPng: pngFolder is not null, Limits: limits)
        {
            EmitMarkdown = markdownFile is not null,
        });
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic.ToString());
        if (result.Pdf is null)
        {
            error.WriteLine($"{folder}: not built ({result.Diagnostics.Count(d => d.IsError)} error(s)); 'reportbuilder check {folder}' lists the problems.");
            return ExitCodes.Errors;
        }
        if (ReportWriter.Write(result, new ReportOutputs(target, pngFolder, markdownFile)) is { } failure)
        {
            error.WriteLine(failure.ToString());
            return ExitCodes.Errors;
        }
        if (pngFolder is not null) output.WriteLine($"{pngFolder}: {result.PngPages.Count} PNG pages");
        output.WriteLine($"{target}: {result.Pages} pages, {result.Pdf.Length:N0} bytes ({string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:0} ms"))})");
        return result.Diagnostics.Any(d => !d.IsError) ? ExitCodes.Warnings : ExitCodes.Success;
    }
}
