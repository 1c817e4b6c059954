using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Pdf.Output;

/// <summary>
/// Completes PDFsharp's Flate streams as zlib streams: each gets the Adler-32 checksum it lacks.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 writes a zlib header (<c>78 DA</c>) and then a raw deflate stream, which it closes
/// properly, but never the Adler-32 trailer: viewers cope, but <c>qpdf --check</c> warns on every
/// stream ("input stream is complete but output may still be valid") and strict validators may not
/// cope. The deflate data is kept as it is; it is inflated only to compute the checksum of what it
/// holds, which is appended (with /Length corrected). Re-deflating it (as this class once did) cost
/// as much again as PDFsharp's own compression. The header's level hint is set to the default
/// level's (<c>78 9C</c>), which is what that re-encoding wrote over the same deflate data (both are
/// zlib level 6 over the same input): PDFs stay byte-identical to those earlier builds, so
/// <c>archive --verify</c> against an older manifest sees no change. Streams that do not look like
/// PDFsharp's (another header, a preset dictionary, data that will not inflate, a checksum already
/// there) are left alone.
/// </remarks>
static partial class FlateRepair
{
    [GeneratedRegex(@"\G\d+ \d+ obj\s*<<")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Length (\d+)(?![\d ]*R)")]
    private static partial Regex DirectLength();

    /// <param name="patcher">The saved file's patcher.</param>
    /// <param name="text">The file read as Latin-1.</param>
    public static void Apply(PdfPatcher patcher, string text)
    {
        var pdf = patcher.Bytes;
        foreach (var offset in patcher.ObjectOffsets())
        {
            if (!ObjectStart().IsMatch(text, offset)) continue;
            var dictStart = text.IndexOf("<<", offset, StringComparison.Ordinal);
            var dictEnd = DictionaryEnd(text, dictStart);
            if (dictEnd < 0) continue;
            var dict = text.AsSpan(dictStart, dictEnd - dictStart);
            // Only streams whose sole filter is FlateDecode.
            if (!dict.Contains("/Filter/FlateDecode", StringComparison.Ordinal) && !dict.Contains("/Filter /FlateDecode", StringComparison.Ordinal))
                continue;
            var streamAt = SkipToStreamData(text, dictEnd);
            if (streamAt < 0) continue;
            var lengthMatch = DirectLength().Match(text, dictStart, dictEnd - dictStart);
            if (!lengthMatch.Success) continue;
            var length = int.Parse(lengthMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            if (MissingChecksum(pdf, streamAt, length) is not { } checksum) continue;
            patcher.Replace(lengthMatch.Groups[1].Index, lengthMatch.Groups[1].Length, (length + 4).ToString(CultureInfo.InvariantCulture));
            patcher.Replace(streamAt + 1, 1, [0x9C]);
            patcher.Replace(streamAt + length, 0, checksum);
        }
    }

    static int DictionaryEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '(')
            {
                // Skip a literal string, minding escapes and nesting.
                var nest = 0;
                for (; i < text.Length; i++)
                {
                    if (text[i] == '\\') { i++; continue; }
                    if (text[i] == '(') nest++;
                    else if (text[i] == ')' && --nest == 0) break;
                }
                continue;
            }
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>') { depth--; i++; if (depth == 0) return i + 1; }
        }
        return -1;
    }

    static int SkipToStreamData(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\r' or '\n') i++;
        if (string.CompareOrdinal(text, i, "stream", 0, 6) != 0) return -1;
        i += 6;
        if (text[i] == '\r') i++;
        if (text[i] == '\n') i++;
        return i;
    }

    /// <summary>
    /// The big-endian Adler-32 trailer that the zlib stream at <paramref name="at"/> lacks, or null when it
    /// is not a PDFsharp stream in need of one.
    /// </summary>
    internal static byte[]? MissingChecksum(byte[] pdf, int at, int length)
    {
        // 78 DA: deflate, 32 KiB window, no preset dictionary (PDFsharp's fixed header).
        if (length < 3 || pdf[at] != 0x78 || pdf[at + 1] != 0xDA) return null;
        uint adler;
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(pdf, at + 2, length - 2, writable: false), CompressionMode.Decompress);
            adler = Adler32(inflater);
        }
        catch (InvalidDataException)
        {
            return null; // Not ours to judge: leave a stream we cannot read as it is.
        }
        byte[] trailer = [(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler];
        // A stream that already ends in its checksum is complete.
        return length >= 6 && pdf.AsSpan(at + length - 4, 4).SequenceEqual(trailer) ? null : trailer;
    }

    /// <summary>Adler-32 (RFC 1950) of everything <paramref name="input"/> yields.</summary>
    /// <remarks>System.IO.Hashing's, which is vectorised: the hand-written loop it replaced cost a millisecond a build.</remarks>
    internal static uint Adler32(Stream input)
    {
        var adler = new System.IO.Hashing.Adler32();
        adler.Append(input);
        return adler.GetCurrentHashAsUInt32();
    }
}
