namespace ReportBuilder.Pdf.Output;

/// <summary>A stream that checks a cancellation token on every write, so that a save nothing else can stop stops with it.</summary>
/// <remarks>
/// PDFsharp's save takes no token and, for a document of thousands of pages, runs for many seconds after the last page
/// was drawn: writing through this stream stops it within one object, so a build's time limit holds to the end.
/// </remarks>
internal sealed class CancellingStream(Stream inner, CancellationToken cancellationToken) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => true;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.WriteByte(value);
    }

    public override void Flush() => inner.Flush();
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => inner.SetLength(value);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
