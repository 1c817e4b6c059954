using System.Globalization;
using System.Security;
using System.Text;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Output;

/// <summary>
/// Writes the document's XMP packet ourselves: PDFsharp's carries the clock and random uuids and
/// has no <c>pdfuaid:part</c>. Every value mirrors the Info dictionary, as PDF/A requires.
/// </summary>
static class Xmp
{
    public sealed record Claims(bool PdfA, bool PdfUa);

    public static byte[] Packet(DocumentDescription d, string producer, string creator, string seed, Claims claims)
    {
        var sb = new StringBuilder(2048);
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        sb.Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        sb.Append("   <pdf:Producer>").Append(Esc(producer)).Append("</pdf:Producer>\n");
        if (d.Keywords is { } keywords) sb.Append("   <pdf:Keywords>").Append(Esc(keywords)).Append("</pdf:Keywords>\n");
        sb.Append("  </rdf:Description>\n");

        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        sb.Append("   <dc:format>application/pdf</dc:format>\n");
        sb.Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Esc(d.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (d.Author is { } author) sb.Append("   <dc:creator><rdf:Seq><rdf:li>").Append(Esc(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (d.Subject is { } subject) sb.Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Esc(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        sb.Append("   <dc:language><rdf:Bag><rdf:li>").Append(Esc(d.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        sb.Append("  </rdf:Description>\n");

        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        sb.Append("   <xmp:CreatorTool>").Append(Esc(creator)).Append("</xmp:CreatorTool>\n");
        if (d.Date is { } date)
        {
            var iso = date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            sb.Append("   <xmp:CreateDate>").Append(iso).Append("</xmp:CreateDate>\n");
            sb.Append("   <xmp:ModifyDate>").Append(iso).Append("</xmp:ModifyDate>\n");
            sb.Append("   <xmp:MetadataDate>").Append(iso).Append("</xmp:MetadataDate>\n");
        }
        sb.Append("  </rdf:Description>\n");

        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        sb.Append("   <xmpMM:DocumentID>uuid:").Append(Identity.Uuid("document:" + seed)).Append("</xmpMM:DocumentID>\n");
        sb.Append("   <xmpMM:InstanceID>uuid:").Append(Identity.Uuid("instance:" + seed)).Append("</xmpMM:InstanceID>\n");
        sb.Append("  </rdf:Description>\n");

        if (claims.PdfA)
        {
            sb.Append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
            sb.Append("   <pdfaid:part>1</pdfaid:part>\n   <pdfaid:conformance>A</pdfaid:conformance>\n");
            sb.Append("  </rdf:Description>\n");
        }
        if (claims.PdfUa)
        {
            sb.Append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
            sb.Append("   <pdfuaid:part>1</pdfuaid:part>\n");
            sb.Append("  </rdf:Description>\n");
            if (claims.PdfA)
                AppendPdfUaExtensionSchema(sb);
        }
        sb.Append(" </rdf:RDF>\n</x:xmpmeta>\n");
        // Room for tools that edit metadata in place, as the XMP specification recommends.
        sb.Append(' ', 512).Append('\n');
        sb.Append("<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// PDF/A-1 only knows the XMP schemas listed in its standard; any other (pdfuaid) must be
    /// described by an extension schema (ISO 19005-1 §6.7.8) or validators reject the file.
    /// </summary>
    static void AppendPdfUaExtensionSchema(StringBuilder sb)
    {
        sb.Append("""
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 to which the document conforms</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>

                """);
    }

    static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
