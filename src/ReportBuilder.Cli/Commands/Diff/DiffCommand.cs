using System.CommandLine;
using ReportBuilder.Cli.Diffing;
using ReportBuilder.Cli.Diffing.Output;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data;
using ReportBuilder.Data.Loading;
using ReportBuilder.Pipeline.Building;

namespace ReportBuilder.Cli.Commands.Diff;

/// <summary>
/// <c>reportbuilder diff OLD NEW [--format text|json|html] [--git REV]</c> (issue #17): what changed between two
/// versions of a report folder, by the report's own structure, with the pages each change lands on in both versions.
/// Exit 0 when nothing differs, 1 when something does, 2 when either version is bad.
/// </summary>
public static class DiffCommand
{
    /// <param name="createBuilder">The pipeline both versions are built through, as for build (<see cref="ReportBuilders.CreateDefault"/>).</param>
    public static Command Create(TextWriter output, TextWriter error, Func<IReportBuilder> createBuilder)
    {
        var oldFolder = new Argument<string>("old") { Description = "The earlier report folder (with --git: the folder whose committed version is the earlier one)." };
        var newFolder = new Argument<string>("new") { Description = "The later report folder." };
        var templates = new Option<string?>("--templates") { Description = "The templates folder (as for build)." };
        var oldTemplates = new Option<string?>("--old-templates") { Description = "The earlier version's templates folder, when it is not --templates (comparing template sets)." };
        var git = new Option<string?>("--git") { Description = "Compare with OLD as committed at this revision (its report folder and template set, read with git archive; the working tree is not touched)." };
        var format = new Option<string>("--format") { Description = "text (default), json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var limits = LimitOption.Create("Both versions are loaded and laid out under the same limits.");
        var command = new Command("diff", "Print what changed between two versions of a report folder.") { oldFolder, newFolder, templates, oldTemplates, git, format, limits };
        command.SetAction(parse => Execute(parse.GetValue(oldFolder)!, parse.GetValue(newFolder)!, parse.GetValue(templates), output,
            parse.GetValue(limits), parse.GetValue(format)!, parse.GetValue(oldTemplates), parse.GetValue(git), createBuilder()));
        return command;
    }

    public static int Execute(string oldFolder, string newFolder, string? templatesRoot, TextWriter output, ReportLimits? limits = null, string format = "text",
        string? oldTemplatesRoot = null, string? gitRevision = null, IReportBuilder? builder = null)
    {
        var options = new DiffOptions(templatesRoot, limits, OldTemplatesRoot: oldTemplatesRoot, Builder: builder);
        ReportDiff diff;
        if (gitRevision is null) diff = ReportDiffer.Compare(oldFolder, newFolder, options);
        else
        {
            // The earlier templates are the ones the later version uses, as they were at the revision.
            var templates = oldTemplatesRoot ?? templatesRoot ?? TemplateLocator.FindTemplatesRoot(oldFolder, Directory.GetCurrentDirectory());
            using var snapshot = GitSnapshot.Export(oldFolder, templates, gitRevision, out var error);
            if (snapshot is null)
            {
                output.WriteLine(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DiffVersionUnreadable, $"--git {gitRevision}: {error}", SourceSpan.StartOf(oldFolder)));
                return ExitCodes.Errors;
            }
            diff = ReportDiffer.Compare(snapshot.ReportFolder, newFolder, options with { OldTemplatesRoot = snapshot.TemplatesRoot ?? templates },
                $"{oldFolder}@{gitRevision}", newFolder);
        }
        if (diff.Failed)
        {
            foreach (var problem in diff.Problems) output.WriteLine(problem.ToString());
            return ExitCodes.Errors;
        }
        Write(diff, format, output);
        return diff.HasChanges ? ExitCodes.Warnings : ExitCodes.Success;
    }

    internal static void Write(ReportDiff diff, string format, TextWriter output)
    {
        switch (format)
        {
            case "json": JsonDiffWriter.Write(diff, output); break;
            case "html": output.Write(HtmlDiffWriter.Write(diff)); break;
            default: TextDiffWriter.Write(diff, output); break;
        }
    }
}
