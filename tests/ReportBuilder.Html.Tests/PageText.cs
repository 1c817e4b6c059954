using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Html.Tests;

/// <summary>
/// Reads an HTML edition back as a reader would: the main text (the cover, the contents and main, in order) and
/// the notes, each reduced to letters and digits, plus the page's headings, ids and links for structural checks.
/// A small tag scanner, not a full parser: enough for the pages this project writes.
/// </summary>
internal static partial class PageText
{
    /// <summary>What the comparison with the PDF leaves out of the HTML, and why (the documented differences).</summary>
    /// <remarks>
    /// - <c>data-edition="html"</c>: text only the HTML has (publisher bar, skip link, "Notes" heading, captions and
    ///   column names the PDF conveys by position, the chart's table of numbers).
    /// - <c>head</c>, <c>svg</c> (the chart is drawn differently: its caption is compared, its labels are not),
    ///   <c>aria-hidden</c> elements (rating symbols), and the footnote back-links (the PDF has none).
    /// </remarks>
    private static bool Skips(string tag, string attributes) =>
        tag is "head" or "svg" or "details" or "script" or "style"
        || attributes.Contains("data-edition=\"html\"", StringComparison.Ordinal)
        || attributes.Contains("aria-hidden=\"true\"", StringComparison.Ordinal)
        || attributes.Contains("footnote-back-ref", StringComparison.Ordinal);

    private static readonly HashSet<string> VoidElements = ["br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "col"];

    /// <summary>The words of the body (notes and inside cover apart), of the notes and of the inside cover.</summary>
    public static (List<string> Body, List<string> Notes, List<string> InsideCover) Extract(string html)
    {
        var body = new List<string>();
        var notes = new List<string>();
        var insideCover = new List<string>();
        var stack = new Stack<(string Tag, bool Skip, int Part)>(); // part: 0 body, 1 notes, 2 inside cover
        var lists = new Stack<int?>(); // the next number of each open list: null for lists whose numbers are not printed text
        var position = html.IndexOf("<html", StringComparison.Ordinal); // after the doctype
        foreach (Match tag in TagPattern().Matches(html, position))
        {
            var (skip, part) = stack.Count == 0 ? (false, 0) : (stack.Peek().Skip, stack.Peek().Part);
            if (!skip) (part == 1 ? notes : part == 2 ? insideCover : body).AddRange(Words(WebUtility.HtmlDecode(html[position..tag.Index])));
            position = tag.Index + tag.Length;

            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = tag.Groups["attributes"].Value;
            if (tag.Groups["close"].Success)
            {
                while (stack.Count > 0 && stack.Pop().Tag != name) { }
                if (name is "ol" or "ul" && lists.Count > 0) lists.Pop();
            }
            else if (!VoidElements.Contains(name) && !attributes.EndsWith('/'))
            {
                var newPart = name != "section" ? part
                    : attributes.Contains("class=\"notes\"", StringComparison.Ordinal) ? 1
                    : attributes.Contains("class=\"inside-cover\"", StringComparison.Ordinal) ? 2
                    : part;
                stack.Push((name, skip || Skips(name, attributes), newPart));
                // A numbered list's numbers are part of the PDF's text (and of what a screen reader says); the
                // contents and the notes are numbered by position in both editions, so theirs are not compared.
                if (name == "ol") lists.Push(part == 0 && !stack.Any(e => e.Tag == "nav") ? StartOf(attributes) : null);
                else if (name == "ul") lists.Push(null);
                else if (name == "li" && lists.Count > 0 && lists.Peek() is { } number && !skip)
                {
                    (part == 2 ? insideCover : body).Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    lists.Pop();
                    lists.Push(number + 1);
                }
            }
        }
        return (body, notes, insideCover);
    }

    private static int StartOf(string attributes)
    {
        var match = Regex.Match(attributes, "start=\"([0-9]+)\"");
        return match.Success ? int.Parse(match.Groups[1].Value) : 1;
    }

    /// <summary>The runs of letters and digits of a text: quotes, dashes, symbols and spacing are not compared.</summary>
    public static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    /// <summary>Letters and digits of a text, with quotes and dashes gone: what both editions must agree on.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    public static IReadOnlyList<int> HeadingLevels(string html) =>
        HeadingPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).ToList();

    public static IReadOnlyList<string> Ids(string html) => IdPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<string> FragmentLinks(string html) => FragmentPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<string> LabelledBy(string html) =>
        LabelledByPattern().Matches(html).SelectMany(m => m.Groups[1].Value.Split(' ')).ToList();

    public static int Count(string html, string fragment) => Regex.Matches(html, Regex.Escape(fragment)).Count;

    /// <summary>Occurrences of <paramref name="fragment"/> between the first <paramref name="from"/> and the next <paramref name="to"/>.</summary>
    public static int Count(string html, string fragment, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        var end = html.IndexOf(to, start, StringComparison.Ordinal);
        return Count(html[start..end], fragment);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("[\\p{L}\\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("<h([1-6])[\\s>]")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex FragmentPattern();

    [GeneratedRegex("aria-labelledby=\"([^\"]+)\"")]
    private static partial Regex LabelledByPattern();
}
