using System.CommandLine;
using ReportBuilder.Cli;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Output;
using Spectre.Console;

namespace ReportBuilder.Cli.Tests.Support;

/// <summary>Runs the CLI in-process on a console that writes to a string, as Program.cs does (parse errors give exit 2).</summary>
public sealed class TestCli(IReportBuilder builder)
{
    private readonly StringWriter _writer = new();

    public string Output => _writer.ToString();

    public CliServices Services => new(
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        }),
        _writer,
        _writer,
        Interactive: false,
        () => builder,
        () => new DateOnly(2026, 1, 2));

    public int Run(params string[] args)
    {
        var root = new RootCommand("test");
        WorkflowCommands.AddTo(root, Services);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) _writer.WriteLine(error.Message);
            return ExitCodes.Errors;
        }
        return parse.Invoke();
    }
}
