using ReportBuilder.Cli.Output;
using ReportBuilder.Data.Output;
using System.CommandLine;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Pipeline;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Commands.Build;

/// <summary>
/// <c>reportbuilder build &lt;report-folder&gt; [-o file.pdf] [--templates DIR] [--emit-markdown FILE]</c>: the final PDF.
/// Refuses (exit 2) when the report folder has errors; prints warnings and builds (exit 1 with warnings, 0 clean).
/// </summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
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
            ? HtmlFormat.Execute(parse.GetValue(folder)!, parse.GetValue(outputFile), parse.GetValue(templates), output, error, parse.GetValue(limits))
            : Execute(parse.GetValue(folder)!, parse.GetValue(outputFile), parse.GetValue(templates), parse.GetValue(markdown), output, error, parse.GetValue(png), parse.GetValue(limits)));
        return command;
    }

    public static int Execute(string folder, string? outputFile, string? templatesRoot, string? markdownFile, TextWriter output, TextWriter error, string? pngFolder = null,
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
        var result = ReportPipeline.Run(folder, new PipelineOptions { TemplatesRoot = templatesRoot, Limits = limits ?? ReportLimits.Default });
        foreach (var diagnostic in result.Diagnostics.Sorted()) error.WriteLine(diagnostic.ToString());
        if (result.Pdf is null)
        {
            error.WriteLine($"{folder}: not built ({result.Diagnostics.ErrorCount} error(s)); 'reportbuilder check {folder}' lists the problems.");
            return ExitCodes.Errors;
        }
        var writing = target;
        try
        {
            AtomicFile.WriteAllBytes(target, result.Pdf);
            if (markdownFile is not null && result.Rendered is not null)
                AtomicFile.WriteAllBytes(writing = markdownFile, System.Text.Encoding.UTF8.GetBytes(result.Rendered.Markdown.Flattened()));
            if (pngFolder is not null && result.Rendered is not null)
                output.WriteLine($"{pngFolder}: {ReportPipeline.WritePngs(result.Rendered, writing = pngFolder)} PNG pages");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a read-only folder, a link that points at itself: the file system's answer, not ours to hide.
            error.WriteLine($"{writing}: error {Core.Diagnostics.DiagnosticCodes.OutputFailed}: cannot write the output ({e.Message}); nothing was written there");
            return ExitCodes.Errors;
        }
        output.WriteLine($"{target}: {result.Pages} pages, {result.Pdf.Length:N0} bytes ({string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:0} ms"))})");
        return result.Diagnostics.HasWarnings ? ExitCodes.Warnings : ExitCodes.Success;
    }
}
