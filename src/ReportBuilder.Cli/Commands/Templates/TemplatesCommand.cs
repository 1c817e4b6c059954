using System.CommandLine;
using ReportBuilder.Cli.Output;
using ReportBuilder.Data.Loading;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands.Templates;

/// <summary><c>templates [--templates DIR]</c>: the template sets and versions a report can name in its report.yaml.</summary>
public static class TemplatesCommand
{
    public static Command Create(CliServices services)
    {
        var root = new Option<DirectoryInfo?>("--templates") { Description = "The folder of template sets (default: the nearest templates/ above the current directory)." };
        var command = new Command("templates", "List the template sets and their versions.") { root };
        command.SetAction(parse => Execute(services, parse.GetValue(root)?.FullName));
        return command;
    }

    public static int Execute(CliServices services, string? templatesRoot)
    {
        var root = templatesRoot ?? TemplateLocator.FindTemplatesRoot(Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory());
        if (root is null || !Directory.Exists(root))
        {
            services.Error(root is null ? "No templates/ folder above the current directory; pass --templates <folder>." : $"{root}: no such folder.");
            return ExitCodes.Errors;
        }
        var entries = TemplateLocator.List(root);
        if (services.Interactive)
        {
            var table = new Table().AddColumns("Template", "Version", "Framework", "Name");
            foreach (var e in entries)
                table.AddRow(Markup.Escape(e.Id), Markup.Escape(e.Version), Markup.Escape(e.Framework ?? "?"), Markup.Escape(e.Problem ?? e.Name ?? ""));
            services.Console.Write(table);
        }
        else
        {
            foreach (var e in entries)
                services.Line($"{e.Id}/{e.Version}  framework: {e.Framework ?? "?"}{(e.Name is null ? "" : "  " + e.Name)}{(e.Problem is null ? "" : "  " + e.Problem)}");
        }
        if (entries.Count == 0) services.Warning($"No template.yaml under {root}.");
        return entries.Count == 0 || entries.Any(e => e.Problem is not null) ? ExitCodes.Warnings : ExitCodes.Success;
    }
}
