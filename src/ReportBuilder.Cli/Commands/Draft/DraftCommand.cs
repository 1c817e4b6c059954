using System.CommandLine;
using ReportBuilder.Cli.Drafting;
using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli.Commands.Draft;

/// <summary>
/// <c>draft &lt;report&gt; [-o file.pdf] [--png DIR]</c>: a preview for inspectors. Builds despite validation problems wherever it
/// can; every page is marked DRAFT, the footer carries the build date, and a first "Draft notes" page lists every problem.
/// </summary>
public static class DraftCommand
{
    public static Command Create(CliServices services)
    {
        var options = new DraftOptions();
        var command = new Command("draft", "Build a draft: watermarked, dated, with a first page listing every problem; optionally PNG pages.");
        options.AddTo(command);
        command.SetAction(parse => Execute(services, options.Read(parse)));
        return command;
    }

    public static int Execute(CliServices services, DraftSettings settings)
    {
        if (!Directory.Exists(settings.ReportFolder))
        {
            services.Error($"{settings.ReportFolder}: no such folder.");
            return ExitCodes.Errors;
        }
        if (RefusesOutputs(services, settings)) return ExitCodes.Errors;
        var outcome = new DraftWriter(services.CreateBuilder(), services.Today).Write(settings);
        Print(services, settings, outcome);
        if (!outcome.Written) return ExitCodes.Errors;
        return outcome.Diagnostics.Count > 0 ? ExitCodes.Warnings : ExitCodes.Success;
    }

    /// <summary>A draft's PDF or PNG folder inside the report folder, or over a folder or device, is refused before anything is built.</summary>
    internal static bool RefusesOutputs(CliServices services, DraftSettings settings)
    {
        var refusals = new[]
        {
            (Path: settings.Output, Why: OutputPaths.FileRefusal(settings.ReportFolder, settings.Output)),
            (Path: settings.PngFolder ?? "", Why: settings.PngFolder is null ? null : OutputPaths.FolderRefusal(settings.ReportFolder, settings.PngFolder)),
        };
        foreach (var (path, why) in refusals.Where(r => r.Why is not null))
            services.Error($"{path}: error {Core.Diagnostics.DiagnosticCodes.OutputRefused}: {why}; nothing was written");
        return refusals.Any(r => r.Why is not null);
    }

    /// <summary>Every problem (file:line:column), then one line: what was written, how many problems, how long it took.</summary>
    internal static void Print(CliServices services, DraftSettings settings, DraftOutcome outcome)
    {
        foreach (var diagnostic in outcome.Diagnostics)
        {
            if (diagnostic.IsError) services.Error(diagnostic.ToString());
            else services.Warning(diagnostic.ToString());
        }
        var problems = $"{outcome.Errors} error(s), {outcome.Warnings} warning(s)";
        var stages = outcome.Stages.Count == 0 ? "" : $" ({string.Join(", ", outcome.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds:0}"))})";
        var time = $"{outcome.Elapsed.TotalMilliseconds:0} ms{stages}";
        if (outcome.Written)
            services.Line($"Draft: {settings.Output} ({outcome.Pages} pages{(outcome.PngPages > 0 ? $", {outcome.PngPages} PNG in {settings.PngFolder}" : "")}; {problems}) in {time}");
        else
            services.Error($"No draft: the report could not be built ({problems}) in {time}");
    }
}
