using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Output;

/// <summary>Derives every identifier the PDF needs from the document's description, never from a clock or GUID.</summary>
static class Identity
{
    /// <summary>The seed: <see cref="DocumentDescription.IdentitySeed"/>, or a hash of the description when absent.</summary>
    public static string Seed(DocumentDescription d)
        => d.IdentitySeed ?? Hex(Hash($"{d.Title}\n{d.Author}\n{d.Subject}\n{d.Keywords}\n{d.Language}\n{d.Date:O}\n{d.PageCount}"));

    /// <summary>A short, stable token of the seed for annotation names.</summary>
    public static string Short(string seed) => Hex(Hash(seed))[..12];

    public static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    /// <summary>A UUID-shaped string (8-4-4-4-12) derived from <paramref name="text"/>.</summary>
    public static string Uuid(string text)
    {
        var h = Hex(Hash(text));
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }

    /// <summary>Six capital letters for a font subset tag (ISO 32000-1 §9.6.4).</summary>
    public static string SubsetTag(string text)
    {
        var h = Hash(text);
        var chars = new char[6];
        for (var i = 0; i < 6; i++) chars[i] = (char)('A' + h[i] % 26);
        return new string(chars);
    }
}
