using System.CommandLine;
using ReportBuilder.Cli.Commands.Archive;
using ReportBuilder.Cli.Commands.Draft;
using ReportBuilder.Cli.Commands.Watch;
using ReportBuilder.Cli.Commands.Templates;
using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli.Commands;

/// <summary>The workflow commands (draft, watch, archive, templates), added to the root command by Program.cs in one call.</summary>
public static class WorkflowCommands
{
    public static void AddTo(RootCommand root, CliServices services)
    {
        root.Add(DraftCommand.Create(services));
        root.Add(WatchCommand.Create(services));
        root.Add(ArchiveCommand.Create(services));
        root.Add(TemplatesCommand.Create(services));
    }
}
