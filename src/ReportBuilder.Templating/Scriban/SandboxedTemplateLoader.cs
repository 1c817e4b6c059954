using ReportBuilder.Core.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// Loads <c>include</c>d templates from one folder only: the template set's own. Names are relative
/// (<c>standard.sbn</c>, <c>parts/cover.sbn</c>); absolute paths, <c>..</c> and anything that resolves
/// outside the folder are refused with an error at the <c>include</c>. The file is read through the build's
/// <see cref="IInputFileReader"/>, so a named pipe or an oversized file is refused there too, without waiting.
/// </summary>
/// <remarks>
/// The path returned (and printed in diagnostics) is the folder as the caller named it joined with the
/// include name, so that messages point at the file a person edits.
/// </remarks>
public sealed class SandboxedTemplateLoader : ITemplateLoader
{
    private readonly string _displayRoot;
    private readonly string _fullRoot;
    private readonly string _realRoot;
    private readonly IInputFileReader _files;

    public SandboxedTemplateLoader(string directory, IInputFileReader files)
    {
        _files = files;
        _displayRoot = directory;
        _fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        // Resolved once: following every link from the file system's root costs several system calls per
        // folder, and a report includes its partials dozens of times.
        _realRoot = Real(Path.GetPathRoot(_fullRoot)!, _fullRoot[Path.GetPathRoot(_fullRoot)!.Length..]);
    }

    /// <summary>Parsed templates to reuse for includes while their text is unchanged; null: Scriban parses each include itself.</summary>
    public ParsedTemplates? Templates { get; init; }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName))
            throw new ScriptRuntimeException(callerSpan, "An include needs a template name.");
        if (Path.IsPathRooted(templateName) || templateName.StartsWith('/') || templateName.StartsWith('\\') || templateName.Contains(':'))
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' refused: only names relative to the template folder are allowed.");
        var segments = templateName.Split('/', '\\');
        if (segments.Any(s => s == ".."))
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' refused: '..' may not leave the template folder.");

        var full = Path.GetFullPath(Path.Combine(_fullRoot, templateName));
        if (!full.StartsWith(_fullRoot, StringComparison.Ordinal) || !Real(_realRoot, full[_fullRoot.Length..]).StartsWith(_realRoot, StringComparison.Ordinal))
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' refused: it resolves outside the template folder.");
        if (!File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' not found in {_displayRoot}.");
        var path = Path.Combine(_displayRoot, templateName.Replace('\\', '/'));
        Reuse(context, path);
        return path;
    }

    /// <summary>
    /// Scriban's include looks in <see cref="TemplateContext.CachedTemplates"/> under the path returned here before it
    /// loads and parses: a template kept in <see cref="Templates"/> is put there, once per render. One that does not
    /// parse is left out, so that Scriban parses it and reports its errors at the include as it always has.
    /// </summary>
    private void Reuse(TemplateContext context, string path)
    {
        if (Templates is null || context.CachedTemplates.ContainsKey(path)) return;
        var template = Templates.Get(path, Load(context, default, path),
            (text, name) => Template.Parse(text, name, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions));
        if (!template.HasErrors) context.CachedTemplates[path] = template;
    }

    /// <summary>
    /// <paramref name="start"/> (a real path) joined with <paramref name="relative"/>, every symbolic link along the
    /// way followed, so a link cannot lead out of the folder.
    /// </summary>
    private static string Real(string start, string relative)
    {
        var current = start;
        foreach (var segment in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) current = target.FullName;
        }
        return Path.TrimEndingDirectorySeparator(current) + (relative.EndsWith(Path.DirectorySeparatorChar) ? Path.DirectorySeparatorChar : "");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        // templatePath is what GetPath returned, so it has been checked; resolve it again against the root.
        var relative = Path.GetRelativePath(_displayRoot, templatePath);
        if (_files.TryRead(Path.Combine(_fullRoot, relative), out var refusal) is not { } bytes)
            throw new ScriptRuntimeException(callerSpan, $"Include '{relative.Replace('\\', '/')}' refused: {refusal}.");
        return TemplateFileText.Decode(bytes).ReplaceLineEndings("\n");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}
