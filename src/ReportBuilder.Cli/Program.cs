using System.CommandLine;
using ReportBuilder.Cli;
using ReportBuilder.Cli.Building;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Output;

var root = new RootCommand("reportbuilder: builds the inspection reports of HM Inspectorate of Probation from their report folders.");

// [workflows] draft, watch, archive, templates
WorkflowCommands.AddTo(root, CliServices.ForProcess(ReportBuilders.CreateDefault));

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Try 'reportbuilder --help'.");
    return ExitCodes.BadInput;
}
return parse.Invoke();
