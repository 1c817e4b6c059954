using System.CommandLine;
using ReportBuilder.Cli.Drafting;
using ReportBuilder.Cli.Limits;

namespace ReportBuilder.Cli.Commands.Draft;

/// <summary>
/// What <c>draft</c> and <c>watch</c> both take (the report, -o, --png, --templates, --limit): declared once, so that a
/// watched draft is the same draft the one-off command writes.
/// </summary>
internal sealed class DraftOptions
{
    private readonly Argument<DirectoryInfo> _report = new("report") { Description = "The report folder (data/lincolnshire-2023)." };
    private readonly Option<FileInfo?> _output = new("--output", "-o") { Description = "The draft PDF (default: out/<folder>.draft.pdf)." };
    private readonly Option<DirectoryInfo?> _png = new("--png") { Description = "Also write every page as a PNG into this folder (page-001.png, …)." };
    private readonly Option<DirectoryInfo?> _templates = new("--templates") { Description = "The folder of template sets (default: the nearest templates/ above the report)." };
    private readonly Option<Data.Loading.ReportLimits> _limits = LimitOption.Create();

    public void AddTo(Command command)
    {
        command.Add(_report);
        command.Add(_output);
        command.Add(_png);
        command.Add(_templates);
        command.Add(_limits);
    }

    public DraftSettings Read(ParseResult parse)
    {
        var report = parse.GetRequiredValue(_report);
        return new DraftSettings(report.ToString(), parse.GetValue(_output)?.ToString() ?? DraftSettings.DefaultOutput(report.FullName),
            parse.GetValue(_png)?.ToString(), parse.GetValue(_templates)?.FullName) { Limits = parse.GetValue(_limits) };
    }
}
