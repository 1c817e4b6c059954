using System.Reflection;
using ReportBuilder.Pipeline.Building;
using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>
/// What the workflow commands need from outside: where to write, whether a person is watching (progress bars and tables)
/// or the output is redirected (plain lines), and how to build a report. Tests pass a console over a StringWriter and a
/// builder of their own.
/// </summary>
/// <param name="Console">Progress bars and tables, on a terminal only.</param>
/// <param name="Out">Plain lines (results); never wrapped, so that logs and tests see whole lines.</param>
/// <param name="Err">Errors and warnings.</param>
/// <param name="Interactive">True on a terminal: Spectre progress bars and tables; false when redirected: one plain line per event.</param>
/// <param name="CreateBuilder">Makes the report builder (once per command; it is thread-safe and keeps its caches).</param>
/// <param name="Today">The build date printed in drafts (the one place a clock is read).</param>
public sealed record CliServices(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Err,
    bool Interactive,
    Func<IReportBuilder> CreateBuilder,
    Func<DateOnly> Today)
{
    /// <summary>The informational version of the CLI (<c>1.0.0+commit</c>), recorded in manifests and printed by <c>--version</c>.</summary>
    public static string ToolVersion { get; } =
        typeof(CliServices).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The process's console; interactive only when standard output is a terminal.</summary>
    public static CliServices ForProcess(TextWriter output, TextWriter error, Func<IReportBuilder> createBuilder)
    {
        var interactive = output == System.Console.Out && !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return new CliServices(AnsiConsole.Console, output, error, interactive, createBuilder, () => DateOnly.FromDateTime(DateTime.Now));
    }

    /// <summary>Writes one line as is (no markup), so that paths with brackets print faithfully.</summary>
    public void Line(string text) => Out.WriteLine(text);

    /// <summary>In red on a terminal; plain when redirected.</summary>
    public void Error(string text) => Err.WriteLine(Interactive ? $"\e[31m{text}\e[0m" : text);

    public void Warning(string text) => Err.WriteLine(Interactive ? $"\e[33m{text}\e[0m" : text);
}
