namespace ReportBuilder.Cli.Diffing;

/// <summary>
/// Splits a narrative's Markdown into the blocks a reader sees as one unit: paragraphs (between blank lines),
/// bullets and numbered items, headings and footnotes, each with its marker taken off and its lines joined.
/// </summary>
/// <remarks>
/// Deliberately textual rather than a Markdig parse: a diff must show the words the author wrote, and a block fence
/// (<c>:::</c>) line is dropped, not compared, since it only places something the model compares elsewhere.
/// </remarks>
public static class ProseBlocks
{
    public static IReadOnlyList<DiffItem> Split(string markdown)
    {
        var blocks = new List<DiffItem>();
        var current = new List<string>();
        var kind = ChangeKinds.Paragraph;
        void Flush()
        {
            if (current.Count > 0) blocks.Add(new DiffItem(kind, null, string.Join(' ', current)));
            current.Clear();
            kind = ChangeKinds.Paragraph;
        }

        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith(":::", StringComparison.Ordinal)) { Flush(); continue; }
            if (Starts(line) is { } start)
            {
                Flush();
                kind = start.Kind;
                line = line[start.MarkerLength..].Trim();
            }
            if (line.Length > 0) current.Add(line);
            if (kind == ChangeKinds.Heading) Flush();
        }
        Flush();
        return blocks;
    }

    private static (string Kind, int MarkerLength)? Starts(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal))
            return (ChangeKinds.Bullet, 2);
        if (line.StartsWith('#')) return (ChangeKinds.Heading, line.TakeWhile(c => c == '#').Count());
        if (line.StartsWith("[^", StringComparison.Ordinal) && line.IndexOf("]:", StringComparison.Ordinal) > 2)
            return (ChangeKinds.Footnote, 0);
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        if (digits is > 0 and < 4 && line.Length > digits + 1 && line[digits] is '.' or ')' && line[digits + 1] == ' ')
            return (ChangeKinds.Bullet, digits + 2);
        return null;
    }
}
