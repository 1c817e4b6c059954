using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Conformance.Tests.Fixtures;

/// <summary>
/// Edits a PDFsharp-saved file's XMP, e.g. to add <c>pdfuaid:part 1</c>. PDFsharp 6.2.4 writes no PDF/UA identifier and rebuilds
/// the XMP on every save, so this runs on the saved bytes: replace the packet, fix the stream's /Length,
/// then shift every later xref offset and startxref by the bytes added. Works on PDFsharp's output (one classic xref table,
/// uncompressed metadata stream); it throws rather than guess on anything else.
/// </summary>
internal static partial class XmpEditor
{
    private const string Description =
        "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n";

    /// <summary>Adds the PDF/UA-1 identifier to the XMP of <paramref name="pdf"/>.</summary>
    /// <remarks>
    /// In a PDF/A-1 file every XMP property outside the predefined schemas must be described by a PDF/A extension schema
    /// (ISO 19005-1 6.7.8); without it Preflight fails 7.3 "Cannot find a definition for the namespace ...pdfua/ns/id/".
    /// So when the packet already claims PDF/A (pdfaid), the pdfuaid schema description goes in too.
    /// </remarks>
    public static byte[] AddPdfUaIdentifier(byte[] pdf) => Edit(pdf, xmp =>
        xmp.Replace("</rdf:RDF>", (xmp.Contains("http://www.aiim.org/pdfa/ns/id/", StringComparison.Ordinal) ? PdfUaExtensionSchema : "") + Description + "</rdf:RDF>"));

    private const string PdfUaExtensionSchema = """
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
              <pdfaProperty:name>part</pdfaProperty:name>
              <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
              <pdfaProperty:category>internal</pdfaProperty:category>
              <pdfaProperty:description>Part of ISO 14289 to which the file conforms</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
          </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>

        """;

    /// <summary>Rewrites the XMP packet of <paramref name="pdf"/> (the text between &lt;?xpacket begin and end?&gt;) and repairs the file around it.</summary>
    public static byte[] Edit(byte[] pdf, Func<string, string> change)
    {
        var text = Encoding.Latin1.GetString(pdf); // one char per byte: offsets in the string are offsets in the file
        // The catalog's own metadata object: a re-saved file may still hold an orphaned older packet.
        var catalog = CatalogMetadataPattern().Match(text);
        if (!catalog.Success) throw new InvalidOperationException("no catalog with /Metadata found");
        var objectStart = text.IndexOf($"\n{catalog.Groups[1].Value} 0 obj", StringComparison.Ordinal);
        var packetStart = objectStart < 0 ? -1 : text.IndexOf("<?xpacket begin=", objectStart, StringComparison.Ordinal);
        var packetEnd = packetStart < 0 ? -1 : text.IndexOf("<?xpacket end=", packetStart, StringComparison.Ordinal);
        var streamStart = packetStart < 0 ? -1 : text.LastIndexOf("stream", packetStart, StringComparison.Ordinal);
        var dictStart = streamStart < 0 ? -1 : text.LastIndexOf("obj", streamStart, StringComparison.Ordinal);
        if (packetEnd < 0 || dictStart < 0) throw new InvalidOperationException("no uncompressed XMP packet found");
        // XMP is UTF-8: edit it as text, then put the bytes back as Latin-1 chars.
        var oldPacket = text[packetStart..packetEnd];
        var newPacket = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(oldPacket)))));
        var added = newPacket.Length - oldPacket.Length;

        var length = LengthPattern().Match(text, dictStart, streamStart - dictStart);
        if (!length.Success) throw new InvalidOperationException("the metadata stream has no direct /Length");
        var oldLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var newLengthText = (oldLength + added).ToString(CultureInfo.InvariantCulture);

        var edited = new StringBuilder(text.Length + added + 8);
        edited.Append(text, 0, length.Groups[1].Index).Append(newLengthText);
        edited.Append(text, length.Groups[1].Index + length.Groups[1].Length, packetStart - (length.Groups[1].Index + length.Groups[1].Length));
        edited.Append(newPacket);
        edited.Append(text, packetEnd, text.Length - packetEnd);
        var delta = added + newLengthText.Length - length.Groups[1].Length;
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

    [GeneratedRegex(@"/Type\s*/Catalog[^\n]*?/Metadata\s+(\d+)\s+0\s+R")]
    private static partial Regex CatalogMetadataPattern();

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"(\d+) (\d+)\r?\n")]
    private static partial Regex SubsectionPattern();
}
