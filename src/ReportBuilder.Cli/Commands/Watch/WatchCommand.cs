using System.CommandLine;
using ReportBuilder.Cli.Commands.Draft;
using ReportBuilder.Cli.Drafting;
using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli.Commands.Watch;

/// <summary>
/// <c>watch &lt;report&gt; [-o file.pdf] [--png DIR]</c>: rebuilds the draft whenever a file of the report, its templates or its
/// theme is saved, printing how long each rebuild took and any problems; Ctrl+C ends it with exit code 0.
/// </summary>
public static class WatchCommand
{
    public static Command Create(CliServices services)
    {
        var options = new DraftOptions();
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds of quiet after a save before rebuilding.", DefaultValueFactory = _ => 150 };
        var command = new Command("watch", "Rebuild the draft whenever a file of the report, its templates or theme is saved (Ctrl+C to stop).");
        options.AddTo(command);
        command.Add(debounce);
        command.SetAction((parse, cancellationToken) => Task.Run(() => Execute(services, options.Read(parse),
            TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(debounce))), cancellationToken), CancellationToken.None));
        return command;
    }

    public static int Execute(CliServices services, DraftSettings settings, TimeSpan debounce, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.ReportFolder))
        {
            services.Error($"{settings.ReportFolder}: no such folder.");
            return ExitCodes.Errors;
        }
        // One builder for the whole session: fonts, templates and pipelines stay warm between rebuilds.
        using var watcher = new DraftWatcher(new DraftWriter(services.CreateBuilder(), services.Today), settings, debounce);
        var first = true;
        watcher.Rebuilt += (outcome, changed) =>
        {
            if (changed is not null) services.Line($"Changed: {Path.GetRelativePath(Directory.GetCurrentDirectory(), changed)}");
            DraftCommand.Print(services, settings, outcome);
            if (first)
            {
                services.Line($"Watching {string.Join(" and ", watcher.WatchedFolders.Select(f => Path.GetRelativePath(Directory.GetCurrentDirectory(), f)))} (Ctrl+C to stop).");
                first = false;
            }
        };
        watcher.Run(cancellationToken);
        services.Line("Stopped watching.");
        return ExitCodes.Success;
    }
}
