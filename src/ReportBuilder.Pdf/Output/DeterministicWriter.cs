using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Pdf.Links;

namespace ReportBuilder.Pdf.Output;

/// <summary>Saves a finished document so that the same input gives the same bytes.</summary>
/// <remarks>
/// Before saving: the trailer /ID and the Info dates come from the description (no date at all
/// when <see cref="DocumentDescription.Date"/> is null). After saving: the font subset tags, which
/// PDFsharp draws from a GUID, are replaced by tags hashed from the seed and the font's name (same
/// length, so nothing moves), and the XMP packet is replaced by our own (<see cref="Xmp"/>), with
/// the cross-reference table moved to match (<see cref="PdfPatcher"/>). PDFsharp's Flate streams get
/// the checksum they lack on the way (<see cref="FlateRepair"/>).
/// </remarks>
static partial class DeterministicWriter
{
    [GeneratedRegex(@"/([A-Z]{6})\+([^/\[\]<>()\s]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"/Type/Metadata/Subtype/XML/Length (\d+)>>\r?\nstream\r?\n")]
    private static partial Regex MetadataStream();

    /// <param name="cancellationToken">Checked on every write of PDFsharp's save and between the steps after it.</param>
    public static void Save(PdfDocument doc, DocumentDescription description, PdfCanvasOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        var seed = Identity.Seed(description);
        var id = Identity.Hash("trailer-id:" + seed).AsSpan(0, 16);
        // PDFsharp writes the ID strings as hex of their characters' low bytes.
        var idString = Encoding.Latin1.GetString(id);
        doc.Internals.FirstDocumentID = idString;
        doc.Internals.SecondDocumentID = idString;

        if (description.Date is { } date)
        {
            doc.Info.Elements.SetString("/CreationDate", LinkWriter.PdfDate(date));
            doc.Info.Elements.SetString("/ModDate", LinkWriter.PdfDate(date));
        }
        else
        {
            doc.Info.Elements.Remove("/CreationDate");
            doc.Info.Elements.Remove("/ModDate");
        }

        using var buffer = new MemoryStream();
        doc.Save(new CancellingStream(buffer, cancellationToken), closeStream: false);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = buffer.ToArray();

        // One Latin-1 view of the file for every search below: the in-place edits before the patcher (subset
        // tags, CIDSet bits) change bytes no later search looks at, and a copy per step was a large object each.
        var text = Encoding.Latin1.GetString(bytes);
        ReplaceSubsetTags(bytes, text, seed);
        if (options.PdfA)
            CidSets.Fill(bytes, text);

        var patcher = new PdfPatcher(bytes);
        ReplaceXmp(patcher, text, doc, description, options, seed);
        FlateRepair.Apply(patcher, text);
        cancellationToken.ThrowIfCancellationRequested();
        patcher.WriteTo(output);
    }

    static void ReplaceSubsetTags(byte[] bytes, string text, string seed)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var key = m.Groups[1].Value + "+" + m.Groups[2].Value;
            if (!map.ContainsKey(key))
                map[key] = Identity.SubsetTag($"{seed}\n{m.Groups[2].Value}\n{map.Count}");
            Encoding.ASCII.GetBytes(map[key]).CopyTo(bytes, m.Groups[1].Index);
        }
    }

    static void ReplaceXmp(PdfPatcher patcher, string text, PdfDocument doc, DocumentDescription description, PdfCanvasOptions options, string seed)
    {
        var m = MetadataStream().Match(text);
        if (!m.Success)
            throw new InvalidOperationException("PDFsharp wrote no uncompressed XMP metadata stream to replace.");
        var oldLength = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var claims = new Xmp.Claims(options.PdfA, (options.Tagged || options.PdfA) && options.PdfUaIdentification);
        var packet = Xmp.Packet(description, doc.Info.Producer, doc.Info.Creator, seed, claims);
        patcher.Replace(m.Groups[1].Index, m.Groups[1].Length, packet.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        patcher.Replace(m.Index + m.Length, oldLength, packet);
    }
}
