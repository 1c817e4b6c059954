using System.CommandLine;
using System.Security.Cryptography;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Commands.Diff;

/// <summary>
/// <c>reportbuilder diff OLD NEW</c> (issue #17, first part): loads both report folders through the same loader as
/// <c>check</c> and <c>build</c> (so computed ratings are compared, not re-parsed text) and prints what changed in the
/// report's reading order. Exit 0 when nothing differs, 1 when something does, 2 when either folder is bad.
/// </summary>
public static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var oldFolder = new Argument<string>("old") { Description = "The earlier report folder." };
        var newFolder = new Argument<string>("new") { Description = "The later report folder." };
        var templates = new Option<string?>("--templates") { Description = "The templates folder (as for check)." };
        var limits = LimitOption.Create("diff reads both folders only: file-size and files apply.");
        var command = new Command("diff", "Print what changed between two versions of a report folder.") { oldFolder, newFolder, templates, limits };
        command.SetAction(parse => Execute(parse.GetValue(oldFolder)!, parse.GetValue(newFolder)!, parse.GetValue(templates), output, parse.GetValue(limits)));
        return command;
    }

    public static int Execute(string oldFolder, string newFolder, string? templatesRoot, TextWriter output, ReportLimits? limits = null)
    {
        var options = new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = limits ?? ReportLimits.Default };
        var before = ReportFolderLoader.Load(oldFolder, options);
        var after = ReportFolderLoader.Load(newFolder, options);
        var failed = false;
        foreach (var result in new[] { before, after })
        {
            if (result.Succeeded && result.Report is not null && result.Score is not null) continue;
            foreach (var diagnostic in result.Diagnostics.Sorted()) output.WriteLine(diagnostic.ToString());
            failed = true;
        }
        if (failed) return Cli.ExitCodes.Errors;

        var changes = ReportComparer.Compare(before, after);
        if (changes.Count == 0)
        {
            output.WriteLine("no changes");
            return Cli.ExitCodes.Success;
        }
        foreach (var change in changes) output.WriteLine(change);
        return Cli.ExitCodes.Warnings;
    }
}

/// <summary>Compares two loaded, validated reports section by section in reading order; each change is one line.</summary>
internal static class ReportComparer
{
    public static List<string> Compare(LoadResult before, LoadResult after)
    {
        var changes = new List<string>();
        Templates(before.TemplateFolder, after.TemplateFolder, changes);
        Ratings(before.Score!, after.Score!, changes);
        var oldReport = before.Report!;
        var newReport = after.Report!;
        foreach (var standard in newReport.Standards)
        {
            var old = oldReport.Standard(standard.Id);
            if (old is null) { changes.Add($"standard {standard.Id}: added"); continue; }
            Prose($"standard {standard.Id} findings", old.Findings.Text, standard.Findings.Text, changes);
            KeyQuestions(old, standard, changes);
        }
        foreach (var old in oldReport.Standards.Where(s => newReport.Standard(s.Id) is null)) changes.Add($"standard {old.Id}: removed");
        Recommendations(oldReport.Recommendations, newReport.Recommendations, changes);
        Prose("foreword", oldReport.Texts.Foreword?.Text ?? "", newReport.Texts.Foreword?.Text ?? "", changes);
        Prose("background", oldReport.Texts.Background?.Text ?? "", newReport.Texts.Background?.Text ?? "", changes);
        Prose("involvement", oldReport.Texts.Involvement?.Text ?? "", newReport.Texts.Involvement?.Text ?? "", changes);
        Prose("diversity", oldReport.Texts.Diversity?.Text ?? "", newReport.Texts.Diversity?.Text ?? "", changes);
        Prose("further information", oldReport.Texts.FurtherInformation?.Text ?? "", newReport.Texts.FurtherInformation?.Text ?? "", changes);
        return changes;
    }

    // A template or theme change is named as such (which files), never as text changes: the model is the same.
    private static void Templates(string? oldFolder, string? newFolder, List<string> changes)
    {
        var oldFiles = Digests(oldFolder);
        var newFiles = Digests(newFolder);
        foreach (var (file, digest) in newFiles)
        {
            if (!oldFiles.TryGetValue(file, out var was)) changes.Add($"template: {file} added");
            else if (was != digest) changes.Add($"template: {file} changed");
        }
        foreach (var file in oldFiles.Keys.Where(f => !newFiles.ContainsKey(f))) changes.Add($"template: {file} removed");
    }

    private static SortedDictionary<string, string> Digests(string? folder)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (folder is null || !Directory.Exists(folder)) return digests;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            digests[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return digests;
    }

    private static void Ratings(ReportScore before, ReportScore after, List<string> changes)
    {
        if (before.Overall != after.Overall) changes.Add($"ratings: overall rating {before.Overall.Display()} -> {after.Overall.Display()}");
        if (before.ScoreText != after.ScoreText) changes.Add($"ratings: score {before.ScoreText} -> {after.ScoreText}");
        foreach (var rated in after.Standards)
        {
            var old = before.Standards.FirstOrDefault(s => s.Standard.Id == rated.Standard.Id);
            if (old is not null && old.Rating != rated.Rating)
                changes.Add($"ratings: standard {rated.Standard.Id} rating {old.Rating.Display()} -> {rated.Rating.Display()}");
        }
    }

    private static void KeyQuestions(Standard before, Standard after, List<string> changes)
    {
        for (var i = 0; i < after.KeyQuestions.Count; i++)
        {
            var question = after.KeyQuestions[i];
            var old = before.KeyQuestions.FirstOrDefault(q => q.Question == question.Question);
            if (old is null) changes.Add($"key questions {after.Id}: question {i + 1} added: {question.Question}");
            else if (old.PercentYes != question.PercentYes)
                changes.Add($"key questions {after.Id}: question {i + 1} {old.PercentYes}% -> {question.PercentYes}% ({question.Question})");
        }
        foreach (var old in before.KeyQuestions.Where(q => after.KeyQuestions.All(n => n.Question != q.Question)))
            changes.Add($"key questions {after.Id}: question removed: {old.Question}");
    }

    private static void Recommendations(Recommendations before, Recommendations after, List<string> changes)
    {
        foreach (var item in after.Items.Where(i => !before.Items.Contains(i))) changes.Add($"recommendations: recommendation added: {item}");
        foreach (var item in before.Items.Where(i => !after.Items.Contains(i))) changes.Add($"recommendations: recommendation removed: {item}");
        if (before.Count != after.Count) changes.Add($"recommendations: count {before.Count} -> {after.Count}");
    }

    // Paragraphs and bullets are the blocks between blank lines / bullet marks; a block found elsewhere is a move,
    // a block changed in place is shown with its changed words marked [-old-]{+new+}.
    private static void Prose(string section, string before, string after, List<string> changes)
    {
        var oldBlocks = Blocks(before);
        var newBlocks = Blocks(after);
        var count = Math.Max(oldBlocks.Count, newBlocks.Count);
        for (var i = 0; i < count; i++)
        {
            var o = i < oldBlocks.Count ? oldBlocks[i] : null;
            var n = i < newBlocks.Count ? newBlocks[i] : null;
            if (o == n) continue;
            if (n is not null && oldBlocks.Contains(n) && o is not null && newBlocks.Contains(o))
            {
                var from = oldBlocks.IndexOf(n);
                if (from > i) changes.Add($"{section}: {Kind(n)} moved from {from + 1} to {i + 1}: {Shorten(n)}");
                continue;
            }
            if (o is null) changes.Add($"{section}: {Kind(n!)} {i + 1} added: {n}");
            else if (n is null) changes.Add($"{section}: {Kind(o)} {i + 1} removed: {o}");
            else changes.Add($"{section}: {Kind(n)} {i + 1} changed: {WordDiff.Mark(o, n)}");
        }
    }

    private static string Kind(string block) => block.StartsWith("- ") || block.StartsWith("* ") ? "bullet" : block.StartsWith("[^") ? "footnote" : "paragraph";

    private static string Shorten(string block) => block.Length <= 60 ? block : block[..57] + "...";

    private static List<string> Blocks(string text)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            var starts = line.Length == 0 || line.StartsWith("- ") || line.StartsWith("* ") || line.StartsWith("[^") || line.StartsWith('#');
            if (starts && current.Count > 0) { blocks.Add(string.Join(' ', current)); current.Clear(); }
            if (line.Length > 0) current.Add(line);
        }
        if (current.Count > 0) blocks.Add(string.Join(' ', current));
        return blocks;
    }
}

/// <summary>Word-level diff (longest common subsequence of words) marking removed words [-…-] and added words {+…+}.</summary>
internal static class WordDiff
{
    public static string Mark(string before, string after)
    {
        var a = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var words = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { words.Add(a[x]); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) words.Add("{+" + b[y++] + "+}");
            else words.Add("[-" + a[x++] + "-]");
        }
        return string.Join(' ', words);
    }
}
