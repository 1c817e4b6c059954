using System.Text;

namespace ReportBuilder.Html;

/// <summary>Escaping for text and attribute values written by hand (Markdig escapes what it renders itself).</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes &amp;, &lt;, &gt; and the double quote, so the result is safe in text and in a double-quoted attribute.
    /// Other characters stay as they are (the page is UTF-8): WebUtility.HtmlEncode would turn "é" or "–" into
    /// numeric references, which is valid but makes the source harder to read and diff.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
