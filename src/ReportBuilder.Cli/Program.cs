using System.CommandLine;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Commands.Build;
using ReportBuilder.Cli.Commands.Check;
using ReportBuilder.Cli.Commands.Diff;
using ReportBuilder.Cli.Commands.New;
using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli;

/// <summary>The table of contents of the <c>reportbuilder</c> commands.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Builds the command tree; output and error writers are injected so tests run commands in-process.</summary>
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ReportBuilder: turns the findings of a youth justice inspection into the published report.");
        root.Subcommands.Add(CheckCommand.Create(output, error));   // reportbuilder check <report-folder> [--templates DIR]
        root.Subcommands.Add(DiffCommand.Create(output, error, ReportBuilders.CreateDefault));    // reportbuilder diff OLD NEW (issue #17)
        root.Subcommands.Add(NewCommand.Create(output, error));     // reportbuilder new <folder> [--template ID] (issue #16)

        // [workflows] draft, watch, archive, archive merge, templates
        WorkflowCommands.AddTo(root, CliServices.ForProcess(output, error, ReportBuilders.CreateDefault));
        root.Subcommands.Add(BuildCommand.Create(output, error, ReportBuilders.CreateDefault));   // reportbuilder build <report-folder> [-o file.pdf]
        return root;
    }

    /// <summary>Parses and runs; usage errors exit 2, and no exception ever reaches the user as a stack trace.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var parse = CreateRootCommand(output, error).Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors) error.WriteLine($"reportbuilder: {e.Message}");
                error.WriteLine("Run 'reportbuilder --help' for usage.");
                return ExitCodes.Errors;
            }
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            error.WriteLine($"reportbuilder: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Errors;
        }
    }
}
