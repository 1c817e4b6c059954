using System.Text;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pipeline.PageText;

/// <summary>
/// A canvas that keeps only the letters and digits of the body text (no header, footer or watermark) with the page
/// each lies on: enough to find where a paragraph landed, at the cost of layout alone (no PDF is written). A page,
/// text and artifact canvas: it is sent the text and which of it is a running head or a watermark, nothing else.
/// </summary>
/// <remarks>
/// Punctuation, spaces and case are dropped on both sides of a search, so Markdown marks, typographic quotes and
/// hyphenation at a line end do not stop a paragraph from being found.
/// </remarks>
public sealed class PageTextCanvas : ICanvas, ITextCanvas, IArtifactCanvas
{
    private readonly StringBuilder letters = new();
    private readonly List<int> pageStarts = [];
    private int artifacts;
    private string? snapshot;

    /// <summary>The body's letters and digits, lower case, in drawing order.</summary>
    public string Letters => snapshot ??= letters.ToString();

    /// <summary>Where each page's letters begin in <see cref="Letters"/>.</summary>
    public IReadOnlyList<int> PageStarts => pageStarts;

    public int Pages => pageStarts.Count;

    /// <summary>The 1-based page holding <see cref="Letters"/>[<paramref name="offset"/>].</summary>
    public int PageAt(int offset)
    {
        var index = pageStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        // Several empty pages may start at the same offset: the text lies on the last of them.
        while (index + 1 < pageStarts.Count && pageStarts[index + 1] == offset && offset < letters.Length) index++;
        return Math.Max(0, index) + 1;
    }

    /// <summary>The letters and digits of <paramref name="text"/>, lower case: the form <see cref="Letters"/> is kept in.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        Append(sb, text);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
    }

    public void BeginPage(Size size) => pageStarts.Add(letters.Length);

    // The page's letters need no closing: the next page's start is where they end.
    public void EndPage() { }

    // Artifacts mark the running heads and watermarks whose text is left out.
    public void BeginArtifact(ArtifactKind kind) => artifacts++;
    public void EndArtifact() => artifacts--;

    public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin)
    {
        if (artifacts != 0) return;
        Append(letters, text);
        snapshot = null;
    }

    public void DrawText(string source, int start, int length, FontFace font, double fontSize, Color color, Point origin)
    {
        if (artifacts != 0) return;
        Append(letters, source.AsSpan(start, length));
        snapshot = null;
    }
}
