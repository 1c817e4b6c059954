using System.CommandLine;
using ReportBuilder.Cli.Skeletons;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Commands.New;

/// <summary>
/// <c>reportbuilder new &lt;folder&gt; [--template ID] [--version V] [--templates DIR]</c>: a new report folder from
/// the skeleton of a template set, every field a placeholder that <c>check</c> lists, <c>draft</c> shows and
/// <c>build</c> refuses. Without <c>--template</c>, the last template set in ordinal order that has a skeleton
/// (the newest framework, as the sets are named by year).
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = "The report folder to create (it must not exist), such as data/anytown-2027." };
        var template = new Option<string?>("--template") { Description = "The template set (framework), such as hmip-youth-2021. Default: the newest with a skeleton." };
        var version = new Option<string?>("--version") { Description = "The template set's version. Default: its highest." };
        var templates = new Option<string?>("--templates") { Description = "The templates folder. Default: the nearest 'templates' folder above the new folder or the current directory, else the tool's own." };
        var command = new Command("new", "Create a report folder with a placeholder in every field, for a framework's template set.") { folder, template, version, templates };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(template), parse.GetValue(version), parse.GetValue(templates), output, error));
        return command;
    }

    public static int Execute(string folder, string? templateId, string? version, string? templatesRoot, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var cwd = Directory.GetCurrentDirectory();
        var root = templatesRoot is not null ? Path.GetFullPath(templatesRoot) : TemplateLocator.FindTemplatesRoot(folder, cwd);
        var chosen = root is null || !Directory.Exists(root) ? null : Choose(TemplateLocator.List(root), templateId, version, folder, diagnostics);
        if (root is null || !Directory.Exists(root))
            diagnostics.Error(SourceSpan.StartOf(folder), DiagnosticCodes.TemplatesRootNotFound, "no 'templates' folder found; pass --templates <folder>");
        var written = chosen is null ? null : ReportSkeleton.Write(chosen.Folder, folder, folder, diagnostics);
        foreach (var diagnostic in diagnostics.Sorted()) error.WriteLine(diagnostic.ToString());
        if (written is null) return ExitCodes.Errors;

        output.WriteLine($"{folder}: {written} files from {chosen!.Id}/{chosen.Version}, each field a TODO: placeholder.");
        output.WriteLine($"Next: 'reportbuilder check {folder}' lists them; 'reportbuilder draft {folder}' previews; 'build' refuses until none is left.");
        return ExitCodes.Success;
    }

    private static TemplateEntry? Choose(IReadOnlyList<TemplateEntry> entries, string? id, string? version, string folder, DiagnosticBag diagnostics)
    {
        var withSkeleton = entries.Where(e => ReportSkeleton.Exists(e.Folder)).ToList();
        var at = SourceSpan.StartOf(folder);
        var ids = withSkeleton.Select(e => e.Id).Distinct().ToList();
        id ??= ids.LastOrDefault();
        var candidates = withSkeleton.Where(e => e.Id == id).ToList();
        if (id is null || candidates.Count == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.NewTemplateUnknown,
                $"no template set '{id}' with a skeleton{Suggestions.DidYouMean(id ?? "", ids)}; the template sets with one are {(ids.Count == 0 ? "(none)" : string.Join(", ", ids))}");
            return null;
        }
        if (version is null)
            return candidates.OrderBy(e => int.TryParse(e.Version, out var n) ? n : -1).ThenBy(e => e.Version, StringComparer.Ordinal).Last();
        var exact = candidates.FirstOrDefault(e => e.Version == version);
        if (exact is null)
            diagnostics.Error(at, DiagnosticCodes.NewTemplateUnknown,
                $"template set '{id}' has no version '{version}' with a skeleton; its versions are {string.Join(", ", candidates.Select(e => e.Version))}");
        return exact;
    }
}
