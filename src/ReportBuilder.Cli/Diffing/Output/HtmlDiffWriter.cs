using System.Text;
using System.Net;

namespace ReportBuilder.Cli.Diffing.Output;

/// <summary>
/// <c>--format html</c>: one self-contained, accessible page (no script, no external resource, inline CSS) with the
/// changes side by side: a heading per section, a table per section whose row headers name the change and whose
/// columns are the earlier and later versions, removed words in <c>del</c>, added words in <c>ins</c>.
/// </summary>
/// <remarks>Everything from the report folders is escaped: the page carries words, never markup, from the data.</remarks>
public static class HtmlDiffWriter
{
    private const string Style = """
        body{font:16px/1.5 "Liberation Sans",Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
        h1{font-size:1.6rem;color:#1d4f91}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1d4f91}
        table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #b3b3b3;padding:.4rem .6rem;vertical-align:top;text-align:left}
        thead th{background:#e8eef6}tbody th{width:14rem;font-weight:normal}.what{font-weight:bold;display:block}
        del{background:#fbe0e0;color:#6b0000;text-decoration:line-through}ins{background:#dcf1e2;color:#0a4a1c;text-decoration:underline}
        .page{display:block;color:#4d4d4d;font-size:.85rem;margin-top:.3rem}.none{color:#4d4d4d;font-style:italic}
        """;

    public static string Write(ReportDiff diff)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Changes: ").Append(E(diff.OldName)).Append(" to ").Append(E(diff.NewName)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>What changed</h1>\n<p>Earlier version: <code>")
            .Append(E(diff.OldName)).Append("</code>").Append(PageCount(diff.OldPages)).Append(". Later version: <code>")
            .Append(E(diff.NewName)).Append("</code>").Append(PageCount(diff.NewPages)).Append(".</p>\n");
        if (!diff.HasChanges) html.Append("<p>No changes.</p>\n");
        else html.Append("<p>").Append(diff.Changes.Count).Append(diff.Changes.Count == 1 ? " change" : " changes").Append(", in reading order.</p>\n");

        var number = 0;
        foreach (var section in diff.Changes.GroupBy(c => c.Section.Key))
        {
            var id = "s" + ++number;
            var title = section.First().Section.Title;
            html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(E(title)).Append("</h2>\n")
                .Append("<table>\n<thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Earlier version</th><th scope=\"col\">Later version</th></tr></thead>\n<tbody>\n");
            foreach (var change in section) Row(html, change);
            html.Append("</tbody>\n</table>\n</section>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Row(StringBuilder html, SectionChange change)
    {
        html.Append("<tr><th scope=\"row\"><span class=\"what\">").Append(E(change.Label)).Append("</span>");
        // "bullet 2" already says what it is; "question 1" does not.
        if (!change.Label.StartsWith(change.Kind, StringComparison.Ordinal)) html.Append(E(change.Kind)).Append(", ");
        html.Append(TextDiffWriter.Verb(change.Action));
        if (change.Detail is not null) html.Append(": ").Append(E(change.Detail));
        html.Append("</th><td>");
        Side(html, change, DiffWordState.Removed, change.Old, change.Pages.Old);
        html.Append("</td><td>");
        Side(html, change, DiffWordState.Added, change.New, change.Pages.New);
        html.Append("</td></tr>\n");
    }

    /// <summary>One version's cell: its words (the other side's words left out, this side's own marked), then its page.</summary>
    private static void Side(StringBuilder html, SectionChange change, DiffWordState own, string? text, int? page)
    {
        if (change.Words is { } words)
        {
            var other = own == DiffWordState.Added ? DiffWordState.Removed : DiffWordState.Added;
            var tag = own == DiffWordState.Added ? "ins" : "del";
            var shown = words.Where(w => w.State != other).ToList();
            // A run of marked words is one <ins> or <del>, as the text format's [-…-] and {+…+}.
            for (var i = 0; i < shown.Count;)
            {
                if (i > 0) html.Append(' ');
                var marked = shown[i].State == own;
                var run = new List<string>();
                while (i < shown.Count && (shown[i].State == own) == marked) run.Add(E(shown[i++].Text));
                if (marked) html.Append('<').Append(tag).Append('>').AppendJoin(' ', run).Append("</").Append(tag).Append('>');
                else html.AppendJoin(' ', run);
            }
        }
        else if (change.Kind is ChangeKinds.Template or ChangeKinds.Theme) html.Append(text is null ? "<span class=\"none\">absent</span>" : "file " + E(change.Label));
        else if (text is null) html.Append("<span class=\"none\">absent</span>");
        else html.Append(E(text));
        if (page is { } p) html.Append("<span class=\"page\">page ").Append(p).Append("</span>");
    }

    private static string PageCount(int? pages) => pages is { } p ? $" ({p} pages)" : "";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
