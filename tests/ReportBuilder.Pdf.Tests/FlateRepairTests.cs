using System.IO.Compression;
using System.Text;
using ReportBuilder.Pdf.Output;

namespace ReportBuilder.Pdf.Tests;

/// <summary>
/// The checksum FlateRepair appends to PDFsharp's streams makes them the very zlib streams .NET's ZLibStream writes
/// for the same data, so qpdf is satisfied and earlier builds' bytes are kept.
/// </summary>
public class FlateRepairTests
{
    static readonly byte[] Data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 4000).Select(i => $"BT /F1 11 Tf {i} 0 Td <00{i % 97:X2}> Tj ET\n")));

    // What PDFsharp 6.2.4 writes: 78 DA, then raw deflate at the default level, no Adler-32.
    static byte[] PdfSharpStyle(byte[] data)
    {
        var ms = new MemoryStream();
        ms.WriteByte(0x78);
        ms.WriteByte(0xDA);
        using (var deflate = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        return ms.ToArray();
    }

    static byte[] ZLib(byte[] data)
    {
        var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    [Fact]
    public void Adler32_matches_the_rfc_1950_value()
    {
        // "Wikipedia" is the usual worked example: 0x11E60398.
        Assert.Equal(0x11E60398u, FlateRepair.Adler32(new MemoryStream("Wikipedia"u8.ToArray())));
        Assert.Equal(1u, FlateRepair.Adler32(new MemoryStream()));
        // Long enough to need the modulo reductions: the checksum zlib itself writes.
        var big = new byte[200_000];
        new Random(7).NextBytes(big);
        var z = ZLib(big);
        Assert.Equal(z.AsSpan(z.Length - 4).ToArray(), BitConverter.GetBytes(FlateRepair.Adler32(new MemoryStream(big))).Reverse().ToArray());
    }

    [Fact]
    public void A_pdfsharp_stream_completed_is_the_zlib_stream_of_the_same_data()
    {
        var stream = PdfSharpStyle(Data);
        var pdf = new byte[stream.Length + 10];
        stream.CopyTo(pdf, 5);
        var checksum = FlateRepair.MissingChecksum(pdf, 5, stream.Length);
        Assert.NotNull(checksum);
        byte[] completed = [0x78, 0x9C, .. stream.AsSpan(2), .. checksum];
        Assert.Equal(ZLib(Data), completed);
        using var check = new ZLibStream(new MemoryStream(completed), CompressionMode.Decompress);
        var back = new MemoryStream();
        check.CopyTo(back);
        Assert.Equal(Data, back.ToArray());
    }

    [Fact]
    public void Streams_that_are_complete_or_not_pdfsharps_are_left_alone()
    {
        var complete = ZLib(Data);
        Assert.Null(FlateRepair.MissingChecksum(complete, 0, complete.Length)); // 78 9C: not PDFsharp's header
        var withTrailer = PdfSharpStyle(Data).Concat(complete.AsSpan(complete.Length - 4).ToArray()).ToArray();
        Assert.Null(FlateRepair.MissingChecksum(withTrailer, 0, withTrailer.Length)); // already has its checksum
        byte[] garbage = [0x78, 0xDA, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
        Assert.Null(FlateRepair.MissingChecksum(garbage, 0, garbage.Length)); // will not inflate
    }
}
