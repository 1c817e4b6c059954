using System.CommandLine;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Commands.Check;

/// <summary>
/// <c>reportbuilder check &lt;report-folder&gt; [--templates DIR]</c>: validates a report folder, prints every problem as
/// <c>file:line:column: error|warning: message</c>, then on success the computed ratings, score and overall rating.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("report-folder") { Description = "The report folder (data/lincolnshire-2023)." };
        var templates = new Option<string?>("--templates")
        {
            Description = "The templates folder. Default: the nearest 'templates' folder above the report folder, else above the current directory.",
        };
        var limits = LimitOption.Create("check reads the folder only: file-size and files apply.");
        var command = new Command("check", "Validate a report folder and print its computed score and overall rating.") { folder, templates, limits };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(templates), output, parse.GetValue(limits)));
        return command;
    }

    public static int Execute(string folder, string? templatesRoot, TextWriter output, ReportLimits? limits = null)
    {
        var result = ReportFolderLoader.Load(folder, new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = limits ?? ReportLimits.Default });
        var diagnostics = result.Diagnostics;
        foreach (var diagnostic in diagnostics.Sorted()) output.WriteLine(diagnostic.ToString());

        if (!result.Succeeded || result.Report is null || result.Score is null)
        {
            output.WriteLine($"{folder}: {Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}");
            return Cli.ExitCodes.Errors;
        }

        var score = result.Score;
        output.WriteLine(diagnostics.Count == 0
            ? $"{result.Report.Folder}: no problems found"
            : $"{result.Report.Folder}: {Count(diagnostics.WarningCount, "warning")}");
        foreach (var rated in score.Standards)
        {
            var scored = rated.Standard.Scored && !rated.NotRated ? (rated.Points == 1 ? "1 point" : $"{rated.Points} points") : "not scored";
            var rating = rated.NotRated ? RatingNames.NotRated : rated.Rating.Display();
            output.WriteLine($"  {rated.Standard.Id,-4} {rated.Standard.Name,-45} {rating,-21} {scored}");
        }
        output.WriteLine($"Score: {score.ScoreText}");
        output.WriteLine($"Overall rating: {score.Overall.Display()}");
        return diagnostics.HasWarnings ? Cli.ExitCodes.Warnings : Cli.ExitCodes.Success;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
