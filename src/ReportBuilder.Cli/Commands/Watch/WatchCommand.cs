using System.CommandLine;
using ReportBuilder.Cli.Commands.Draft;
using ReportBuilder.Cli.Drafting;
using ReportBuilder.Cli.Output;
using ReportBuilder.Cli.Preview;

namespace ReportBuilder.Cli.Commands.Watch;

/// <summary>
/// <c>watch &lt;report&gt; [-o file.pdf] [--png DIR] [--serve [--port N]]</c>: rebuilds the draft whenever a file of the report,
/// its templates or its theme is saved, printing how long each rebuild took and any problems; with <c>--serve</c> also shows
/// the pages and problems in the browser, refreshed by each rebuild. Ctrl+C ends it with exit code 0.
/// </summary>
public static class WatchCommand
{
    public static Command Create(CliServices services)
    {
        var options = new DraftOptions();
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds of quiet after a save before rebuilding.", DefaultValueFactory = _ => 150 };
        var serve = new Option<bool>("--serve") { Description = "Show the draft's pages and problems in the browser, live: prints 'Preview: http://127.0.0.1:PORT/' first." };
        var port = new Option<int>("--port") { Description = "The preview's port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 0 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535.");
        });
        var command = new Command("watch", "Rebuild the draft whenever a file of the report, its templates or theme is saved (Ctrl+C to stop).");
        options.AddTo(command);
        command.Add(debounce);
        command.Add(serve);
        command.Add(port);
        command.SetAction((parse, cancellationToken) => Task.Run(() => Execute(services, options.Read(parse),
            TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(debounce))), cancellationToken,
            parse.GetValue(serve) ? parse.GetValue(port) : null), CancellationToken.None));
        return command;
    }

    /// <param name="servePort">When set, the live preview listens on this port of 127.0.0.1 (0: any free port).</param>
    public static int Execute(CliServices services, DraftSettings settings, TimeSpan debounce, CancellationToken cancellationToken, int? servePort = null)
    {
        if (!Directory.Exists(settings.ReportFolder))
        {
            services.Error($"{settings.ReportFolder}: no such folder.");
            return ExitCodes.Errors;
        }
        if (DraftCommand.RefusesOutputs(services, settings)) return ExitCodes.Errors;
        PreviewState? preview = null;
        PreviewServer? server = null;
        if (servePort is { } port)
        {
            preview = new PreviewState();
            try
            {
                server = PreviewServer.StartAsync(preview, port, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.ReportFolder))),
                    cancellationToken).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                services.Error($"The preview cannot listen on 127.0.0.1:{port}: {e.Message} Choose another with --port, or --port 0 for any free port.");
                return ExitCodes.Errors;
            }
            // The first line, so that a script or an editor can read where the preview is.
            services.Line($"Preview: {server.Address}");
            settings = settings with { RenderPages = true, RenderHtml = true };
        }

        try
        {
            // One builder for the whole session: fonts, templates and pipelines stay warm between rebuilds.
            using var watcher = new DraftWatcher(new DraftWriter(services.CreateBuilder(), services.Today), settings, debounce);
            var first = true;
            var missing = false;
            var reportParent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.ReportFolder)))!;
            watcher.Rebuilt += (outcome, changed) =>
            {
                // The preview names the file from the report folder's own name down (report/standards/1.1.md).
                preview?.Publish(outcome, changed is null ? null : Path.GetRelativePath(reportParent, changed).Replace('\\', '/'));
                if (changed is not null) services.Line($"Changed: {Path.GetRelativePath(Directory.GetCurrentDirectory(), changed)}");
                DraftCommand.Print(services, settings, outcome);
                if (missing != !watcher.ReportFolderPresent)
                {
                    missing = !missing;
                    var folder = Path.GetRelativePath(Directory.GetCurrentDirectory(), settings.ReportFolder);
                    services.Line(missing
                        ? $"The report folder {folder} is gone (moved or deleted): waiting for it to come back."
                        : $"The report folder {folder} is back: watching it again.");
                }
                if (first)
                {
                    services.Line($"Watching {string.Join(" and ", watcher.WatchedFolders.Select(f => Path.GetRelativePath(Directory.GetCurrentDirectory(), f)))} (Ctrl+C to stop).");
                    first = false;
                }
            };
            watcher.Run(cancellationToken);
        }
        finally
        {
            server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        services.Line("Stopped watching.");
        return ExitCodes.Success;
    }
}
