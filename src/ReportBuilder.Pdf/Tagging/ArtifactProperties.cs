using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tagging;

/// <summary>
/// Gives each artifact its kind. PDFsharp's <c>BeginArtifact</c> writes a bare <c>/Artifact BMC</c>;
/// PDF/UA wants headers, footers and watermarks marked as pagination artifacts with a subtype, so the
/// kinds are recorded in drawing order and, once a page is finished, its n-th <c>/Artifact BMC</c>
/// becomes <c>/Artifact &lt;&lt;…&gt;&gt; BDC</c> for the n-th recorded kind.
/// </summary>
/// <remarks>
/// The operator text cannot occur elsewhere in a page's content: PDFsharp writes text as hex glyph
/// strings and images as XObjects, so a byte search finds exactly the artifacts.
/// </remarks>
sealed class ArtifactProperties
{
    static readonly byte[] Bare = Encoding.ASCII.GetBytes("/Artifact BMC");

    readonly Dictionary<PdfPage, List<ArtifactKind>> _kinds = [];

    public void Record(PdfPage page, ArtifactKind kind)
    {
        if (!_kinds.TryGetValue(page, out var list))
            _kinds[page] = list = [];
        list.Add(kind);
    }

    /// <summary>Rewrites the artifacts of <paramref name="page"/>; call after its XGraphics is disposed.</summary>
    public void Apply(PdfPage page)
    {
        if (!_kinds.Remove(page, out var kinds) || kinds.Count == 0)
            return;
        var count = page.Contents.Elements.Count;
        var next = 0;
        for (var i = 0; i < count && next < kinds.Count; i++)
        {
            if (page.Contents.Elements.GetDictionary(i) is not PdfDictionary content || content.Stream is null)
                continue;
            var bytes = content.Stream.UnfilteredValue;
            var output = new MemoryStream(bytes.Length + kinds.Count * 48);
            var start = 0;
            for (var at = bytes.AsSpan().IndexOf(Bare); at >= 0 && next < kinds.Count; at = IndexOf(bytes, start))
            {
                output.Write(bytes, start, at - start);
                var props = Properties(kinds[next++], page);
                output.Write(Encoding.ASCII.GetBytes($"/Artifact {props} BDC"));
                start = at + Bare.Length;
            }
            output.Write(bytes, start, bytes.Length - start);
            content.Stream.Value = output.ToArray();
            content.Elements.Remove("/Filter");
            content.Elements.Remove("/DecodeParms");
        }
        if (next != kinds.Count)
            throw new InvalidOperationException($"Found {next} of {kinds.Count} artifacts in the page's content stream.");
    }

    static int IndexOf(byte[] bytes, int from)
    {
        var i = bytes.AsSpan(from).IndexOf(Bare);
        return i < 0 ? -1 : from + i;
    }

    static string Properties(ArtifactKind kind, PdfPage page)
    {
        if (kind != ArtifactKind.Background)
            return StructureRoles.ArtifactProperties(kind);
        // A background artifact must say what it covers (ISO 32000-1, table 330: BBox required).
        var w = page.Width.Point.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var h = page.Height.Point.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        return $"<</Type /Background /BBox [0 0 {w} {h}]>>";
    }
}
