using System.Collections.Concurrent;
using System.IO.Hashing;
using PdfSharp.Drawing;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Images;

/// <summary>
/// Images read by PDFsharp once and placed in any number of documents: a warm pipeline (<c>watch</c>, <c>archive</c>)
/// places the same cover logo in every build, and PDFsharp decodes a PNG pixel by pixel when it reads it (4 to 7 ms
/// for the 360-pixel logo, in a draft rebuild that now takes about 32).
/// </summary>
/// <remarks>
/// <para>
/// An entry is found by the image's bytes (their 128-bit xxHash and length), not by the <see cref="ImageData"/> object:
/// each build reads the report folder again and makes new ones. What PDFsharp writes for an image depends on its pixels
/// alone, so a document is byte-identical whether its images came from here or were read afresh.
/// </para>
/// <para>
/// Safe to share between threads: PDFsharp reads a shared <see cref="XImage"/> while a document takes it in
/// (<see cref="Place"/> holds the image's lock for that call), and never writes to it. At most <see cref="Capacity"/>
/// images are kept; past that the cache starts again (an archive of hundreds of reports, each with its own images).
/// Entries are never disposed: a canvas elsewhere may still be placing one, and PDFsharp's images hold no native memory.
/// </para>
/// </remarks>
public sealed class PdfImageCache
{
    /// <summary>How many distinct images are kept.</summary>
    public const int Capacity = 64;

    readonly ConcurrentDictionary<Key, Lazy<SharedImage>> _images = new();

    /// <summary>How many distinct images are held now.</summary>
    public int Count => _images.Count;

    /// <summary>How many times PDFsharp has been handed an image to read (the misses).</summary>
    public int Reads => _reads;

    int _reads;

    /// <summary>Draws <paramref name="image"/> into <paramref name="rect"/> of <paramref name="gfx"/>, reading it only if no build has before.</summary>
    /// <param name="keepTransparency">False for PDF/A, which forbids soft masks: transparency is composited onto white.</param>
    internal void Place(XGraphics gfx, ImageData image, bool keepTransparency, Rect rect)
    {
        // An image PDFsharp takes as it is (a JPEG, an opaque 8-bit PNG) is one entry for PDF/A and other documents alike.
        var flattening = image.Format == ImageFormat.Png && !PngFlattener.PassesUnchanged(image.Bytes, keepTransparency)
            ? (keepTransparency ? Flattening.KeepingTransparency : Flattening.OntoWhite)
            : Flattening.None;
        var key = new Key(XxHash128.HashToUInt128(image.Bytes), image.Bytes.Length, image.Format, flattening);
        if (!_images.ContainsKey(key) && _images.Count >= Capacity) _images.Clear();
        var shared = _images.GetOrAdd(key, _ => new Lazy<SharedImage>(() => new SharedImage(Read(image, keepTransparency)))).Value;
        lock (shared.Gate) gfx.DrawImage(shared.Image, rect.X, rect.Y, rect.Width, rect.Height);
    }

    /// <summary>The image as PDFsharp reads it: a PNG flattened first where PDFsharp would misread it (<see cref="PngFlattener"/>).</summary>
    XImage Read(ImageData image, bool keepTransparency)
    {
        Interlocked.Increment(ref _reads);
        var bytes = image.Format == ImageFormat.Png ? PngFlattener.ForPdf(image.Bytes, keepTransparency) : image.Bytes;
        return XImage.FromStream(new MemoryStream(bytes, writable: false));
    }

    enum Flattening { None, KeepingTransparency, OntoWhite }

    /// <summary>An image as PDFsharp read it, with the lock that lets one document at a time take it in.</summary>
    sealed record SharedImage(XImage Image)
    {
        public Lock Gate { get; } = new();
    }

    readonly record struct Key(UInt128 Hash, int Length, ImageFormat Format, Flattening Flattening);
}
