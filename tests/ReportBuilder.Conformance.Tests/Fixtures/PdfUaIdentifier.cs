using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Conformance.Tests.Fixtures;

/// <summary>
/// Adds <c>pdfuaid:part 1</c> to a PDFsharp-saved file's XMP. PDFsharp 6.2.4 writes no PDF/UA identifier and rebuilds the XMP
/// on every save, so this runs on the saved bytes: insert an rdf:Description before &lt;/rdf:RDF&gt;, fix the stream's /Length,
/// then shift every later xref offset and startxref by the bytes added. Works on PDFsharp's output (one classic xref table,
/// uncompressed metadata stream); it throws rather than guess on anything else.
/// </summary>
internal static partial class PdfUaIdentifier
{
    private const string Description =
        "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n";

    public static byte[] AddForFixture(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf); // one char per byte: offsets in the string are offsets in the file
        var packetEnd = text.IndexOf("<?xpacket end=", StringComparison.Ordinal);
        var insertAt = packetEnd < 0 ? -1 : text.LastIndexOf("</rdf:RDF>", packetEnd, StringComparison.Ordinal);
        var streamStart = insertAt < 0 ? -1 : text.LastIndexOf("stream", insertAt, StringComparison.Ordinal);
        var dictStart = streamStart < 0 ? -1 : text.LastIndexOf("obj", streamStart, StringComparison.Ordinal);
        if (insertAt < 0 || dictStart < 0) throw new InvalidOperationException("no uncompressed XMP packet found");

        var length = LengthPattern().Match(text, dictStart, streamStart - dictStart);
        if (!length.Success) throw new InvalidOperationException("the metadata stream has no direct /Length");
        var oldLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var newLengthText = (oldLength + Description.Length).ToString(CultureInfo.InvariantCulture);

        var edited = new StringBuilder(text.Length + Description.Length + 8);
        edited.Append(text, 0, length.Groups[1].Index).Append(newLengthText);
        edited.Append(text, length.Groups[1].Index + length.Groups[1].Length, insertAt - (length.Groups[1].Index + length.Groups[1].Length));
        edited.Append(Description);
        edited.Append(text, insertAt, text.Length - insertAt);
        var delta = Description.Length + newLengthText.Length - length.Groups[1].Length;
        var firstMoved = length.Groups[1].Index; // everything at or after the Length digits moved by delta (or part of it)

        var result = edited.ToString();
        var startxref = StartXrefPattern().Match(result);
        if (!startxref.Success) throw new InvalidOperationException("no startxref");
        var xrefOffset = long.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture) + delta;
        var xref = (int)xrefOffset;
        if (!result.AsSpan(xref).StartsWith("xref")) throw new InvalidOperationException("startxref does not point at a classic xref table");

        // Rewrite the 10-digit offsets of in-use entries that lie after the edit.
        var builder = new StringBuilder(result);
        var position = result.IndexOf('\n', xref) + 1;
        while (SubsectionPattern().Match(result, position) is { Success: true } subsection && subsection.Index == position)
        {
            var count = int.Parse(subsection.Groups[2].Value, CultureInfo.InvariantCulture);
            position += subsection.Length;
            for (var i = 0; i < count; i++, position += 20)
            {
                if (result[position + 17] != 'n') continue;
                var offset = long.Parse(result.AsSpan(position, 10), CultureInfo.InvariantCulture);
                if (offset > firstMoved)
                    builder.Remove(position, 10).Insert(position, (offset + delta).ToString("D10", CultureInfo.InvariantCulture));
            }
        }
        var fixedText = builder.ToString();
        var tail = StartXrefPattern().Match(fixedText);
        fixedText = fixedText[..tail.Groups[1].Index] + xrefOffset.ToString(CultureInfo.InvariantCulture) + fixedText[(tail.Groups[1].Index + tail.Groups[1].Length)..];
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"(\d+) (\d+)\r?\n")]
    private static partial Regex SubsectionPattern();
}
