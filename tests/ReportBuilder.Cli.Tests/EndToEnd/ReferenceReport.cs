using System.Text.RegularExpressions;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>What the published report contains, read from the text extraction of its PDF (Fixtures/), in order.</summary>
public enum ExpectationKind { Heading, Paragraph, Bullet, Recommendation, Rating, RatingsRow, KeyQuestion, TableHeader }

/// <param name="Line">The line of the reference it comes from, to name it in failures.</param>
public sealed record Expectation(ExpectationKind Kind, string Text, int Line)
{
    public override string ToString() => $"{Kind} (reference line {Line}): \"{Text}\"";
}

public sealed record ExpectedFootnote(int Number, string Text, int Line);

/// <summary>A key-question table: its rows, and which figures are the lowest (the ones set in bold).</summary>
public sealed record ExpectedTable(IReadOnlyList<(string Question, int Percent)> Rows)
{
    public int Lowest => Rows.Min(r => r.Percent);
}

/// <summary>
/// Parses the reference extraction. It knows the extraction's habits (listed at the top of the fixture): headings as
/// Markdown headings, footnote marks as &lt;sup&gt;, the ratings table as tab-separated cells with OCR noise, key-question
/// rows as "question TAB NN%", wrapped bullets continued on indented lines.
/// </summary>
public static partial class ReferenceReport
{
    public const int FirstWords = 10;

    private static readonly string[] RatingWords = ["Outstanding", "Good", "Requires improvement", "Inadequate"];

    [GeneratedRegex(@"<sup>(\d+)</sup>")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"^<sup>&</sup>lt;sup>(\d+)</sup>\s*(.*)$")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"^\$<sup>\^\{\\(?:</sup>)?rm (\d+)\}\$\s*(.*)$")]
    private static partial Regex FootnoteLineOcr();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex NumberPrefix();

    public sealed record Parsed(List<Expectation> InOrder, List<ExpectedFootnote> Footnotes, List<ExpectedTable> Tables);

    public static Parsed Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        var inOrder = new List<Expectation>();
        var footnotes = new List<ExpectedFootnote>();
        var tables = new List<ExpectedTable>();
        List<(string, int)>? table = null;
        var section = "";
        var skipping = false;
        var recommendation = 0;

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var lineNo = i + 1;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("<!--")) continue;

            if (table is not null && !raw.Contains('\t'))
            {
                tables.Add(new ExpectedTable(table));
                table = null;
            }

            var fm = FootnoteLine().Match(line);
            if (!fm.Success) fm = FootnoteLineOcr().Match(line);
            if (fm.Success)
            {
                footnotes.Add(new ExpectedFootnote(int.Parse(fm.Groups[1].Value), Clean(fm.Groups[2].Value), lineNo));
                continue;
            }

            if (line.StartsWith('#'))
            {
                var heading = Clean(line.TrimStart('#'));
                if (!line.StartsWith("###")) section = heading;
                skipping = heading == "Contents";          // the contents list: the PDF has its own, with other page numbers
                inOrder.Add(new Expectation(ExpectationKind.Heading, heading, lineNo));
                continue;
            }
            if (skipping) continue;

            if (section == "Ratings")
            {
                RatingsRow(raw, lineNo, inOrder);
                continue;
            }

            if (raw == "\t% 'Yes'")
            {
                inOrder.Add(new Expectation(ExpectationKind.TableHeader, "% 'Yes'", lineNo));
                table = [];
                continue;
            }
            if (table is not null)
            {
                var cells = raw.Split('\t');
                var percent = int.Parse(cells[1].TrimEnd('%'));
                table.Add((Clean(cells[0]), percent));
                inOrder.Add(new Expectation(ExpectationKind.KeyQuestion, $"{Clean(cells[0])} {percent}%", lineNo));
                continue;
            }

            // A wrapped bullet goes on over indented lines: only its first words are checked.
            if (raw.StartsWith("  ") && !line.StartsWith('-')) continue;

            if (line.StartsWith("- "))
            {
                var text = Clean(line[2..]);
                if (section == "Recommendations")
                {
                    recommendation++;
                    text = NumberPrefix().Replace(text, "");
                    inOrder.Add(new Expectation(ExpectationKind.Recommendation, $"{recommendation}. {text}", lineNo));
                }
                else inOrder.Add(new Expectation(ExpectationKind.Bullet, First(text), lineNo));
                continue;
            }

            var plain = Clean(line);
            if (RatingWords.Contains(plain))
            {
                inOrder.Add(new Expectation(ExpectationKind.Rating, plain, lineNo));
                continue;
            }
            inOrder.Add(new Expectation(ExpectationKind.Paragraph, First(plain), lineNo));
        }
        if (table is not null) tables.Add(new ExpectedTable(table));
        return new Parsed(inOrder, footnotes, tables);
    }

    /// <summary>
    /// A row of the ratings table: "1.1 Governance and leadership Outstanding", "1. Organisational delivery",
    /// "Overall rating Outstanding", "Score 31/36". Cells that are only OCR noise for the rating icons ($…$) are left out;
    /// the heading band's noisy cell ("Inshire Youth Offending Service ork started…") is matched word by word.
    /// </summary>
    private static void RatingsRow(string raw, int lineNo, List<Expectation> inOrder)
    {
        var cells = raw.Split('\t').Select(c => Clean(c)).Where(c => c.Length > 0 && !c.StartsWith('$')).ToList();
        if (cells.Count == 0) return;
        var rating = cells.FirstOrDefault(c => RatingWords.Contains(c));
        if (Regex.IsMatch(cells[0], @"^\d\.\d$"))
            inOrder.Add(new Expectation(ExpectationKind.RatingsRow, $"{cells[0]} {cells[1]} {rating}".Trim(), lineNo));
        else if (Regex.IsMatch(cells[0], @"^\d\.$"))
            inOrder.Add(new Expectation(ExpectationKind.RatingsRow, $"{cells[0]} {cells[1]}", lineNo));
        else if (cells.Any(c => c.Contains("Score")))
        {
            // The OCR cut this cell's left edge: the first word of each of its two lines is truncated ("Inshire" for
            // "Lincolnshire", "ork" for "Fieldwork"), so those are left out and the other words matched one by one.
            var words = cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => !(w.Length <= 3 && char.IsLower(w[0])));
            foreach (var word in words)
                inOrder.Add(new Expectation(ExpectationKind.RatingsRow, word, lineNo));
            inOrder.Add(new Expectation(ExpectationKind.RatingsRow, $"Score {cells[^1]}", lineNo));
        }
        else if (rating is not null)
            inOrder.Add(new Expectation(ExpectationKind.RatingsRow, $"Overall rating {rating}", lineNo));
    }

    /// <summary>Markup of the extraction taken out: bold, footnote marks, HTML tags (links keep their text).</summary>
    private static string Clean(string text) =>
        TextMatch.Normalise(Tag().Replace(FootnoteMark().Replace(text, ""), "").Replace("**", "")).Trim();

    private static string First(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(FirstWords));
    }
}
